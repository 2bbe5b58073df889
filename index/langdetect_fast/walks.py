"""The random walks of langdetect's detector over rows of a numpy matrix, one text's alone
or several side by side: the same probabilities as its own walks, bit for bit."""

from __future__ import annotations

from math import cos, log, sin, sqrt
from math import tau as TWOPI
from typing import Any

import numpy as np

from index.langdetect_fast.rows import Rows
from index.langdetect_fast.streams import Streams

# Draws read ahead per text when walks run side by side (most walks end within them).
AHEAD = 200
# Texts still walking below which walk_many() goes on with each alone.
ALONE = 2

# The n-grams' rows and the seeded streams every walk of the process reads.
rows = Rows()
streams = Streams()


class Walk:
    """A text's random walks: its n-grams' rows, where it reads the seeded stream,
    and the probabilities its trials sum up to."""

    def __init__(self, detector: Any, ngrams: list[str]) -> None:
        self.detector = detector
        self.matrix, ids = rows.of(ngrams, detector.word_lang_prob_map)
        self.at_row = np.array(ids, dtype=np.intp)
        # Every walk starts from the same seed, so the generator's 32-bit words are
        # read from one stored stream: a draw below n takes each word's top bits and
        # skips those >= n (Random._randbelow_with_getrandbits, what choice() does).
        self.stream = streams[detector.seed]
        self.n = len(ngrams)
        self.shift = 32 - self.n.bit_length()
        self.pos = 0
        self.gauss_next: float | None = None
        self.langprob = np.zeros(len(detector.langlist))
        self.w = 0.0

    def start_trial(self) -> None:
        """Draw the trial's smoothing (Random.gauss, as langdetect draws it)."""
        if self.gauss_next is None:
            u1, u2 = self.stream.uniforms(self.pos)
            self.pos += 4
            x2pi = u1 * TWOPI
            g2rad = sqrt(-2.0 * log(1.0 - u2))
            z = cos(x2pi) * g2rad
            self.gauss_next = sin(x2pi) * g2rad
        else:
            z, self.gauss_next = self.gauss_next, None
        d = self.detector
        alpha = d.alpha + (0.0 + z * 1.0) * d.ALPHA_WIDTH
        self.w = alpha / d.BASE_FREQ

    def _accepted(self, pos: int, count: int) -> tuple[Any, Any]:
        """Return the next `count` accepted draws from `pos` on: their values and the
        offsets of their words from `pos`."""
        n = self.n
        span = 2 * count + 64
        while True:
            top = self.stream.words(pos + span)[pos : pos + span] >> self.shift
            where = np.flatnonzero(top < n)
            if len(where) >= count:
                break
            span *= 2
        where = where[:count]
        return top[where], where

    def draws(self, pos: int, count: int) -> tuple[Any, Any]:
        """Return the next `count` draws from `pos` on: their rows and their words."""
        values, where = self._accepted(pos, count)
        return self.at_row[values], where + pos

    def block(self, pos: int, count: int, first: Any) -> tuple[Any, Any]:
        """Return row 0 `first`, then one factor row per draw, and each draw's word."""
        values, where = self._accepted(pos, count)
        table = np.empty((count + 1, len(first)))
        table[0] = first
        np.add(self.matrix[self.at_row[values]], self.w, out=table[1:])
        return table, where + pos


def walk_many(detectors: list[tuple[Any, list[str]]]) -> None:
    """Run the random walks of several detectors side by side and set each one's
    langprob: what _detect_block() computes for each alone.

    A walk's draws are the seeded stream's words from where its trial starts that fall
    below its number of n-grams, whatever block they are read in; so each text's draws
    are read ahead, and each step multiplies the probabilities of all texts still
    walking by their next five factor rows, in the order _detect_block() multiplies
    them. The probabilities are kept one column per text: a column's sum is then a
    running sum down the rows, left to right over the languages as Python's sum().
    """
    if not detectors:
        return
    first = detectors[0][0]
    n_trial = first.n_trial
    conv = first.CONV_THRESHOLD
    limit = first.ITERATION_LIMIT
    init = np.array(first._init_probability(), dtype=np.float64)
    # Every text's n-grams in the table first: _Rows may start afresh within one call
    # of rows.of(), never after it while the n-grams are there, so all walks read
    # the rows of one matrix.
    rows.of([g for _, ngrams in detectors for g in ngrams], first.word_lang_prob_map)
    walks = [Walk(detector, ngrams) for detector, ngrams in detectors]
    matrix = walks[0].matrix
    for _ in range(n_trial):
        live = list(walks)
        for walk in live:
            walk.start_trial()
        drawn = [walk.draws(walk.pos, AHEAD) for walk in live]
        ids = np.stack([d for d, _ in drawn])
        words = np.stack([w for _, w in drawn])
        w = np.array([walk.w for walk in live])
        probs = np.repeat(init[:, None], len(live), axis=1)
        probs *= (matrix[ids[:, 0]] + w[:, None]).T
        at = 1  # the next draw
        i = 0
        while True:
            totals = np.cumsum(probs, axis=0)[-1]
            top = probs.max(axis=0) / totals
            probs /= totals
            done = top > conv if i < limit else np.ones(len(live), dtype=bool)
            if done.any():
                last = words[:, at - 1]
                for k in np.flatnonzero(done).tolist():
                    walk = live[k]
                    walk.pos = int(last[k]) + 1
                    walk.langprob += probs[:, k] / n_trial
                keep = np.flatnonzero(~done)
                if not len(keep):
                    break
                probs = probs[:, keep]
                ids, words, w = ids[keep], words[keep], w[keep]
                live = [live[k] for k in keep.tolist()]
            if len(live) <= ALONE:
                # A step over a few columns costs more than over one row each.
                for k, walk in enumerate(live):
                    walk_alone(walk, probs[:, k].copy(), ids[k, at:], words[k, at:], i)
                break
            if at + 5 > ids.shape[1]:
                more = [walk.draws(int(words[k, -1]) + 1, AHEAD) for k, walk in enumerate(live)]
                ids = np.concatenate((ids[:, at:], np.stack([d for d, _ in more])), axis=1)
                words = np.concatenate((words[:, at:], np.stack([x for _, x in more])), axis=1)
                at = 0
            factors = matrix[ids[:, at : at + 5]] + w[:, None, None]
            for step in range(5):
                probs *= factors[:, step].T
            at += 5
            i += 5
    for walk in walks:
        walk.detector.langprob = walk.langprob.tolist()


def walk_alone(walk: Walk, prob: Any, ids: Any, words: Any, i: int) -> None:
    """Go on with one text's trial of walk_many() from probabilities not converged
    after i steps, as _detect_block() goes on: five factor rows a step."""
    detector = walk.detector
    conv = detector.CONV_THRESHOLD
    limit = detector.ITERATION_LIMIT
    matrix = walk.matrix
    at = 0
    while True:
        if at + 5 > len(ids):
            more, more_words = walk.draws(int(words[-1]) + 1, AHEAD)
            ids = np.concatenate((ids[at:], more))
            words = np.concatenate((words[at:], more_words))
            at = 0
        factors = matrix[ids[at : at + 5]] + walk.w
        for step in range(5):
            prob *= factors[step]
        at += 5
        i += 5
        if normalize(prob) > conv or i >= limit:
            break
    walk.pos = int(words[at - 1]) + 1
    walk.langprob += prob / detector.n_trial


def normalize(prob: Any) -> float:
    # Detector._normalize_prob in place: Python's sum, then each divided by it.
    # Rounding is monotonic: the largest quotient is the largest value's quotient.
    values = prob.tolist()
    total = sum(values)
    prob /= total
    return float(max(values) / total)
