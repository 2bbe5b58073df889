"""Gather the postings of a segment's text fields as arrays of tokens, and turn them into
each term's postings when the segment is written.

A text's terms and positions depend on its words alone (index.terms). So a segment
being built gives each distinct word it meets a number, and keeps per word number the
numbers of the terms its tokens make and the positions they take within the word; a text
becomes an array of word numbers (one dictionary look-up per word, in C), then at once,
with numpy, the term number and position of each of its tokens, kept per field end to
end. No Python object is made per token or per posting while documents are added: when
the segment is written (or its postings go to disk, index.spill), a field's tokens are
sorted by term, stably (documents and positions stay in the order they were added), and
cut into postings, a term's documents, weights (the count of its positions in each) and
encoded positions, the same that Whoosh's TEXT.index() gives, posting by posting.

Word and term numbers belong to the segment: they start afresh with each segment and
each batch of postings put on disk, so what they take stays within the segment's budget.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

import numpy as np

from index.terms import WEIGHTS, CachedTerms
from index.whoosh_write import encode_positions
from index.word_pattern import TOKEN

# Texts whose tokens are kept as arrays of their own before they are joined into one
# (a numpy array has some 100 bytes of its own: a headline's tokens take less).
JOIN_TEXTS = 512
_EMPTY = np.zeros(0, np.int32)
# Terms whose postings are made Python objects at a time when they are written.
CHUNK_TERMS = 8192


class _Numbers(dict[str, int]):
    """Word → its number in a segment: a word met for the first time takes the next
    number and waits in `new` until its tokens are known (Vocabulary._add())."""

    def __init__(self) -> None:
        super().__init__()
        self.new: list[str] = []

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self)
        self.new.append(word)
        return number


class Vocabulary:
    """The words and terms of one analyzer met in a segment: word → number, the tokens
    each word's number makes (term numbers, positions in the word), term number → bytes."""

    def __init__(self, cached: CachedTerms) -> None:
        self.cached = cached
        self.clear()

    def clear(self) -> None:
        """Forget every word and term: numbers start afresh."""
        self.words = _Numbers()
        # term → its number, the terms numbered in the order they were met
        self._term_ids: dict[str, int] = {}
        self._terms: list[str] = []
        # Per word number: where its tokens start in the token tables, how many there
        # are, how many positions it takes, and the term of a word that is one term at
        # its own position (-1: another word, read through the token tables).
        self._start = np.zeros(0, np.int64)
        self._count = np.zeros(0, np.int64)
        self._width = np.zeros(0, np.int64)
        self._simple = np.zeros(0, np.int32)
        self._token_term = np.zeros(0, np.int32)
        self._token_rel = np.zeros(0, np.int32)
        self._tokens = 0
        self._ranks: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._term_ids)

    @property
    def terms(self) -> list[str]:
        """Return the terms by number, as the analyzer's cache keeps them (the same
        objects): sorted as strings, they are in the order of their UTF-8 bytes."""
        if len(self._terms) != len(self._term_ids):
            self._terms = list(self._term_ids)
        return self._terms

    def ranks(self) -> np.ndarray:
        """Return each term number's place in the increasing order of the terms' bytes
        (of their UTF-8 encodings: the order of their code points)."""
        terms = self.terms
        if self._ranks is None or len(self._ranks) != len(terms):
            order = sorted(range(len(terms)), key=terms.__getitem__)
            self._ranks = np.empty(len(terms), np.int32)
            self._ranks[order] = np.arange(len(terms), dtype=np.int32)
        return self._ranks

    def _add(self) -> None:
        """Make the token tables of the words numbered since the last call (analyzing
        those that the analyzer's cache does not know)."""
        words = self.words.new
        self.words.new = []
        entries: list[Any] = self.cached.entries(words)
        first = len(self.words) - len(words)
        ids = self._term_ids
        number = ids.setdefault  # a term's number, the next one if it is new
        # The term of a word that is one term at its own position (most words), else -1.
        simple = [number(e, len(ids)) if e.__class__ is str else -1 for e in entries]
        counts: list[int] = []
        widths: list[int] = []
        token_terms: list[int] = []
        token_rels: list[int] = []
        for entry, tid in zip(entries, simple, strict=True):
            if tid >= 0:
                counts.append(1)
                widths.append(1)
                token_terms.append(tid)
                token_rels.append(0)
                continue
            tokens, width = entry
            counts.append(len(tokens))
            widths.append(width)
            token_terms.extend([number(text, len(ids)) for text, _ in tokens])
            token_rels.extend([rel for _, rel in tokens])
        ends = np.cumsum(counts) + self._tokens
        starts = ends - counts
        at = int(ends[-1]) if len(ends) else self._tokens
        self._start = _put(self._start, first, starts)
        self._count = _put(self._count, first, counts)
        self._width = _put(self._width, first, widths)
        self._simple = _put(self._simple, first, simple)
        self._token_term = _put(self._token_term, self._tokens, token_terms)
        self._token_rel = _put(self._token_rel, self._tokens, token_rels)
        self._tokens = at

    def tokens(self, value: str) -> tuple[np.ndarray, np.ndarray]:
        """Return the term number and the position of each token of a text, in the order
        the analyzer emits them."""
        words = TOKEN.findall(value)
        if not words:
            return _EMPTY, _EMPTY
        # One pass: a word new to the segment is numbered as it is met, its tokens
        # made after the pass.
        ids = self.words
        if len(words) > 1:
            # One C call looks up every word (a tuple of numbers); a map calls back per word.
            w = np.fromiter(itemgetter(*words)(ids), np.int64, len(words))
        else:
            w = np.array([ids[words[0]]], np.int64)
        if ids.new:
            self._add()
        simple = self._simple[w]
        if simple.min() >= 0:  # every word one term at its own position
            return simple, np.arange(len(words), dtype=np.int32)
        widths = self._width[w]
        at = np.cumsum(widths) - widths  # where each word starts
        counts = self._count[w]
        ends = np.cumsum(counts)
        n = int(ends[-1])
        word_of = np.repeat(np.arange(len(words)), counts)
        token = self._start[w][word_of] + (np.arange(n) - (ends - counts)[word_of])
        return self._token_term[token], (at[word_of] + self._token_rel[token]).astype(np.int32)


def _put(values: np.ndarray, at: int, new: list[int] | np.ndarray) -> np.ndarray:
    """Write `new` into `values` from `at` on, growing it (doubling) where it is short."""
    end = at + len(new)
    if end > len(values):
        grown = np.zeros(max(end, 2 * len(values), 1024), values.dtype)
        grown[:at] = values[:at]
        values = grown
    values[at:end] = new
    return values


class Gathered:
    """A text field's tokens in a segment: each token's term number and position, and
    the documents they belong to, in the order they were added."""

    def __init__(self, cached: CachedTerms, vocabulary: Vocabulary) -> None:
        self.cached = cached
        self.vocabulary = vocabulary
        self._terms: list[np.ndarray] = []
        self._positions: list[np.ndarray] = []
        self._docnums = array("I")
        self._counts = array("I")
        self._unjoined = 0  # texts added since the last were joined

    def __bool__(self) -> bool:
        return bool(self._docnums)

    def add(self, value: str, docnum: int) -> int:
        """Add the tokens of a text of document `docnum` (documents in increasing order);
        return its length in terms."""
        terms, positions = self.vocabulary.tokens(value)
        n = len(terms)
        if n:
            self._terms.append(terms)
            self._positions.append(positions)
            self._docnums.append(docnum)
            self._counts.append(n)
            self._unjoined += 1
            if self._unjoined == JOIN_TEXTS:
                self._terms[-JOIN_TEXTS:] = [np.concatenate(self._terms[-JOIN_TEXTS:])]
                self._positions[-JOIN_TEXTS:] = [np.concatenate(self._positions[-JOIN_TEXTS:])]
                self._unjoined = 0
        return n

    def postings(self) -> Iterator[tuple[bytes, Any]]:
        """Yield each term in increasing order with its postings as index.terms keeps
        them (a term of one posting as (docnum, weight, encoding), others as (docnums,
        weights, encodings)); forget the tokens."""
        if not self._docnums:
            return
        terms = np.concatenate(self._terms)
        positions = np.concatenate(self._positions)
        docs = np.repeat(
            np.frombuffer(self._docnums, np.uint32), np.frombuffer(self._counts, np.uint32)
        )
        self._terms, self._positions = [], []
        self._docnums, self._counts = array("I"), array("I")
        self._unjoined = 0
        # The tokens in the order of their terms' bytes, stably: a term's documents and
        # positions stay in the order they were added.
        order = np.argsort(self.vocabulary.ranks()[terms], kind="stable")
        terms = terms[order]
        docs = docs[order]
        positions = positions[order]
        del order
        n = len(terms)
        # Where each posting starts among the tokens (and the last ends), and each term
        # among the postings; then each posting's term and document.
        fresh = np.empty(n, bool)
        fresh[0] = True
        np.not_equal(terms[1:], terms[:-1], out=fresh[1:])
        fresh[1:] |= docs[1:] != docs[:-1]
        posting_ends = np.append(np.flatnonzero(fresh), n)
        del fresh
        starts = posting_ends[:-1]
        posting_terms = terms[starts]
        posting_docs = docs[starts]
        del terms, docs
        term_ends = np.append(np.flatnonzero(np.diff(posting_terms, prepend=-1)), len(starts))
        freqs = np.diff(posting_ends)
        names = self.vocabulary.terms
        single = self.cached.single_encoding
        # A chunk of terms at a time: the Python objects of a whole field's postings
        # would take more memory than all the rest of the segment.
        count = len(term_ends) - 1
        for c in range(0, count, CHUNK_TERMS):
            e = min(c + CHUNK_TERMS, count)
            p0, p1 = int(term_ends[c]), int(term_ends[e])
            t0, t1 = int(posting_ends[p0]), int(posting_ends[p1])
            chunk_freqs = freqs[p0:p1]
            # Each posting's encoded positions: those of one position, looked up (the
            # same object for the same position, as a term found once in a text is).
            values = list(map(single, positions[starts[p0:p1]].tolist()))
            multi = np.flatnonzero(chunk_freqs > 1)
            if len(multi):
                # Each position less the one before it in its posting (as Whoosh encodes
                # them), the first of a posting as it is.
                deltas = positions[t0:t1].copy()
                deltas[1:] -= positions[t0 : t1 - 1]
                firsts = starts[p0:p1] - t0
                deltas[firsts] = positions[starts[p0:p1]]
                found = deltas.tolist()
                at = firsts[multi].tolist()
                for i, a, m in zip(multi.tolist(), at, chunk_freqs[multi].tolist(), strict=True):
                    values[i] = encode_positions(found[a : a + m])
            docnums = array("I", posting_docs[p0:p1].tobytes())
            weights = array("f", chunk_freqs.astype(np.float32).tobytes())
            freq_list = chunk_freqs.tolist()
            bounds = (term_ends[c : e + 1] - p0).tolist()
            for k, tid in enumerate(posting_terms[term_ends[c:e]].tolist()):
                a, b = bounds[k], bounds[k + 1]
                if b - a == 1:
                    freq = freq_list[a]
                    weight = WEIGHTS[freq] if freq < 256 else float(freq)
                    yield names[tid].encode("utf-8"), (docnums[a], weight, values[a])
                else:
                    yield names[tid].encode("utf-8"), (docnums[a:b], weights[a:b], values[a:b])
