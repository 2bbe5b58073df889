"""Number the words and terms of a word cache, to gather a text's terms with numpy.

index.terms caches each word's terms as Python tuples; gathering a text's terms from them
a token at a time took a third of a worker's time. Here each word the cache gives a text
gets a number, with its terms as numbers in flat arrays (term, position offset) and its
width in positions; a text's words become an array of numbers, and its terms with their
positions come out of a few array operations, grouped by term in the order of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

# What index.wordcache keeps of a word: ((term, position offset), ...) and its width.
WordEntry = tuple[tuple[tuple[str, int], ...], int]


class _Column:
    """A growing array of integers (amortized appends; a view of what it holds)."""

    def __init__(self) -> None:
        self._data = np.zeros(1024, dtype=np.int64)
        self._size = 0

    def extend(self, values: list[int]) -> None:
        end = self._size + len(values)
        if end > len(self._data):
            grown = np.zeros(max(end, 2 * len(self._data)), dtype=np.int64)
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size : end] = values
        self._size = end

    def view(self) -> np.ndarray:
        return self._data[: self._size]


class WordNumbers:
    """Words numbered in the order they are first met, with their terms as numbers."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every number (the word cache started afresh)."""
        self.numbers: dict[str, int] = {}
        self._term_numbers: dict[str, int] = {}
        # term number → its bytes
        self.term_bytes: list[bytes] = []
        # word number → where its terms start in the flat arrays, how many, its width
        self._start = _Column()
        self._count = _Column()
        self._width = _Column()
        # the terms of every word end to end: term number, position offset in the word
        self._term = _Column()
        self._offset = _Column()

    def __len__(self) -> int:
        return len(self.numbers)

    def add(self, words: Iterable[str], entry_of: Callable[[str], WordEntry]) -> None:
        """Number words not numbered yet, from their cache entries."""
        numbers = self.numbers
        term_numbers = self._term_numbers
        starts: list[int] = []
        counts: list[int] = []
        widths: list[int] = []
        terms: list[int] = []
        offsets: list[int] = []
        at = len(self._term.view())
        for word in words:
            if word in numbers:
                continue
            tokens, width = entry_of(word)
            numbers[word] = len(numbers)
            starts.append(at + len(terms))
            counts.append(len(tokens))
            widths.append(width)
            for text, offset in tokens:
                number = term_numbers.get(text)
                if number is None:
                    number = term_numbers[text] = len(term_numbers)
                    self.term_bytes.append(text.encode("utf-8"))
                terms.append(number)
                offsets.append(offset)
        self._start.extend(starts)
        self._count.extend(counts)
        self._width.extend(widths)
        self._term.extend(terms)
        self._offset.extend(offsets)

    def grouped(self, numbers: list[int]) -> tuple[list[int], list[int], list[int], int]:
        """Return the terms of a text of these word numbers, grouped by term: the term
        numbers (increasing), where each term's positions start in the positions, the
        positions (term after term, each term's increasing) and their number; a term's
        positions end where the next term's start."""
        words = np.array(numbers, dtype=np.int64)
        counts = self._count.view()[words]
        widths = self._width.view()[words]
        total = int(counts.sum())
        if not total:
            return [], [], [], 0
        # A word's first position: the widths of the words before it.
        first = np.cumsum(widths) - widths
        # Each token's index in the flat arrays: its word's start plus its rank there.
        ends = np.cumsum(counts)
        index = np.arange(total) + np.repeat(self._start.view()[words] - (ends - counts), counts)
        terms = self._term.view()[index]
        positions = np.repeat(first, counts) + self._offset.view()[index]
        # Stable: a term's positions stay in the order of the text, increasing.
        order = np.argsort(terms, kind="stable")
        terms = terms[order]
        starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
        return terms[starts].tolist(), starts.tolist(), positions[order].tolist(), total
