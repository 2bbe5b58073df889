"""Detect languages with langdetect faster, through its internals: the one place that does.

langdetect 1.0.9 spends its time in per-character and per-language Python loops. The
detector here overrides its private steps (`_extract_ngrams`, `_detect_block`) to compute
the same values in the same order, and reads its factory's private profile table. The
rest of index/ uses create_detector(). The internals are those of one release, checked at
import; the random walks replay CPython's Random (the word order of getrandbits, and how
random(), gauss() and choice() use the words), which tests/test_langdetect_fast.py checks
against the stock detector.
"""

from __future__ import annotations

import random
import re
import struct
import threading
from math import cos, log, sin, sqrt
from math import tau as TWOPI
from typing import Any

import numpy as np

from index.versions import require

LANGDETECT = "langdetect"
LANGDETECT_VERSION = "1.0.9"
require(LANGDETECT, LANGDETECT_VERSION, "its detector is sped up through its internals")

_lock = threading.Lock()
_factory: Any = None
_detector_class: Any = None


# A language's probability of an n-gram in _Profiles: the language's index, the value.
_ENTRY = struct.Struct("<Hd")


class _Profiles(dict[str, bytes]):
    """langdetect's table of n-grams, each with its probability per language, read as
    langdetect's own (a list of a float per language), kept as the probabilities its
    profiles give (an n-gram has two of 55 on average) packed in bytes: a list per n-gram
    took some 45 MB in every process that detects languages."""

    def __init__(self, languages: int) -> None:
        super().__init__()
        self.languages = languages
        # Each n-gram to itself: the one string of an n-gram that lists of n-grams share.
        self.names: dict[str, str] = {}

    def __getitem__(self, ngram: str) -> list[float]:  # type: ignore[override]
        row = [0.0] * self.languages
        for index, prob in _ENTRY.iter_unpack(dict.__getitem__(self, ngram)):
            row[index] = prob
        return row


def load_factory() -> Any:
    """Return a DetectorFactory with langdetect's profiles loaded, its table of n-grams a
    _Profiles: the same n-grams, languages and probabilities as DetectorFactory's own."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    table = _Profiles(0)
    pack = _ENTRY.pack

    class _Factory(DetectorFactory):  # type: ignore[misc]
        def add_profile(self, profile: Any, index: int, langsize: int) -> None:
            # DetectorFactory.add_profile, gathering each n-gram's probabilities.
            lang = profile.name
            if lang in self.langlist:
                raise LangDetectException(
                    ErrorCode.DuplicateLangError, "Duplicate the same language profile."
                )
            self.langlist.append(lang)
            table.languages = langsize
            get = table.get  # dict.get: the packed bytes
            for word in profile.freq:
                length = len(word)
                if 1 <= length <= 3:
                    prob = 1.0 * profile.freq.get(word) / profile.n_words[length - 1]
                    table[word] = get(word, b"") + pack(index, prob)
                elif word not in table:
                    table[word] = b""

    factory = _Factory()
    factory.load_profile(PROFILES_DIRECTORY)
    table.names = {ngram: ngram for ngram in table}
    factory.word_lang_prob_map = table
    return factory


def _detector_factory() -> Any:
    """Load langdetect's language profiles once."""
    global _factory
    with _lock:
        if _factory is None:
            _factory = load_factory()
            _factory.set_seed(0)
    return _factory


def _fast_detector_class() -> Any:
    """Return a langdetect Detector whose inner loops are faster and answer the same.

    langdetect 1.0.9 (pinned) spends its time in per-character and per-language Python
    loops. The subclass computes the same values in the same order with str.translate,
    regular expressions and a cache of each word's n-grams; its random walks multiply
    float64 rows of a numpy matrix (one product of five rows per step) and read the
    seeded generator's 32-bit words from one stored stream, as CPython's Random turns them
    into choice() and gauss() values. Its probabilities are bit-for-bit those of the
    stock Detector (tests/test_langdetect_fast.py compares them), at about a quarter of
    the cost on headlines.
    """
    global _detector_class
    if _detector_class is not None:
        return _detector_class
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class _Normalized(dict[int, str]):
        """str.translate table: a code point to NGram.normalize of it, filled on demand."""

        def __missing__(self, code: int) -> str:
            value: str = NGram.normalize(chr(code))
            self[code] = value
            return value

    normalized = _Normalized()
    spaces = re.compile(" {2,}")
    latin = re.compile("[A-z]")  # Detector.cleaning_text's 'A' <= ch <= 'z', as written
    # cleaning_text compares unicode_block()'s number with a block *name*, which never
    # matches: every character from U+0300 up counts as non-Latin.
    non_latin = re.compile("[\u0300-\U0010ffff]")
    word_ngrams: dict[str, list[str]] = {}
    cache_limit = 200_000

    def ngrams_of(word: str, known: dict[str, str]) -> list[str]:
        """Return what NGram's state machine emits for a word (plus a trailing space):
        the n-grams `known` maps to their one string (kept in word_ngrams for many
        words: a string each would take 50 bytes more)."""
        found: list[str] = []
        grams = " "
        capital = False
        for ch in word:
            last = grams[-1]
            if last == " ":
                grams = " "
                capital = False
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            for n in (1, 2, 3):
                if len(grams) < n:
                    break
                w = known.get(grams[-n:])
                if w is not None and w != " ":
                    found.append(w)
        return found

    class FastDetector(Detector):  # type: ignore[misc]
        text: str

        def __init__(self, factory: Any) -> None:
            # Detector.__init__ without its generator (random.Random(), seeded from the
            # OS: some 45 µs, as long as the walks of a headline side by side take): the
            # walks here read the seeded stream instead.
            self.word_lang_prob_map = factory.word_lang_prob_map
            self.langlist = factory.langlist
            self.seed = factory.seed
            self.random = None
            self.text = ""
            self.langprob: list[float] | None = None
            self.alpha = self.ALPHA_DEFAULT
            self.n_trial = 7
            self.max_text_length = 10000
            self.prior_map = None
            self.verbose = False

        def append(self, text: str) -> None:
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)
            # The stock loop drops a space that follows a space within one call.
            self.text += spaces.sub(" ", text[: self.max_text_length])

        def cleaning_text(self) -> None:
            if len(latin.findall(self.text)) * 2 < len(non_latin.findall(self.text)):
                self.text = latin.sub("", self.text)

        def _extract_ngrams(self) -> list[str]:
            # The n-gram buffer starts afresh after each space, so the n-grams of a text
            # are those of its space-separated words (each with the space after it).
            known = self.word_lang_prob_map.names
            words = self.text.translate(normalized).split(" ")
            last = len(words) - 1
            result: list[str] = []
            for i, word in enumerate(words):
                if not word:
                    continue
                key = word if i == last else word + " "
                found = word_ngrams.get(key)
                if found is None:
                    if len(word_ngrams) >= cache_limit:
                        word_ngrams.clear()
                    found = word_ngrams[key] = ngrams_of(key, known)
                result.extend(found)
            return result

        def _detect_block(self) -> None:
            # Detector._detect_block with the random walk over rows of a numpy matrix:
            # every probability still takes the same factors in the same order (float64
            # products and quotients round as Python's do), each sum is Python's own
            # left-to-right sum, and the generator is drawn as Random.choice draws it.
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            walk = _Walk(self, ngrams)
            init = np.array(self._init_probability(), dtype=np.float64)
            multiply = np.multiply.reduce
            for _ in range(self.n_trial):
                walk.start_trial()
                table, words = walk.block(walk.pos, 1 + 5 * BATCHES, init)
                # Row by row, in place: row r+5 becomes the product of rows r to r+5.
                multiply(table[0:2], axis=0, out=table[1])
                cur = 1
                i = 0
                while _normalize(table[cur]) <= self.CONV_THRESHOLD and i < self.ITERATION_LIMIT:
                    if cur + 5 >= len(table):
                        table, words = walk.block(int(words[cur - 1]) + 1, 5 * BATCHES, table[cur])
                        cur = 0
                    multiply(table[cur : cur + 6], axis=0, out=table[cur + 5])
                    cur += 5
                    i += 5
                walk.pos = int(words[cur - 1]) + 1
                walk.langprob += table[cur] / self.n_trial
            self.langprob = walk.langprob.tolist()

        def features(self) -> list[str]:
            """Clean the text and return its n-grams, as _detect_block() begins."""
            self.cleaning_text()
            return self._extract_ngrams()

    class _Walk:
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
        walks = [_Walk(detector, ngrams) for detector, ngrams in detectors]
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

    def walk_alone(walk: _Walk, prob: Any, ids: Any, words: Any, i: int) -> None:
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
            if _normalize(prob) > conv or i >= limit:
                break
        walk.pos = int(words[at - 1]) + 1
        walk.langprob += prob / detector.n_trial

    def _normalize(prob: Any) -> float:
        # Detector._normalize_prob in place: Python's sum, then each divided by it.
        # Rounding is monotonic: the largest quotient is the largest value's quotient.
        values = prob.tolist()
        total = sum(values)
        prob /= total
        return float(max(values) / total)

    rows = _Rows()
    streams = _Streams()
    FastDetector.walk_many = staticmethod(walk_many)
    _detector_class = FastDetector
    return FastDetector


# Factor rows computed ahead per block of a random walk (five draws per step).
BATCHES = 16
# Draws read ahead per text when walks run side by side (most walks end within them).
AHEAD = 200
# Texts still walking below which walk_many() goes on with each alone.
ALONE = 2


class _Stream:
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


class _Streams(dict[int, _Stream]):
    """One word stream per seed."""

    def __missing__(self, seed: int) -> _Stream:
        stream = self[seed] = _Stream(seed)
        return stream


class _Rows:
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


def create_detector(trials: int) -> Any:
    """Return a seeded fast detector that averages `trials` random walks."""
    detector = _fast_detector_class()(_detector_factory())
    detector.n_trial = trials
    return detector


def probabilities_many(texts: list[str], trials: int) -> list[list[Any] | None]:
    """Return what create_detector(trials).get_probabilities() returns for each text
    (None where it raises: a text without features), the texts' random walks run side
    by side (FastDetector.walk_many): the same probabilities, a numpy step for all."""
    detector_class = _fast_detector_class()
    found: list[tuple[Any, list[str]]] = []
    for text in texts:
        detector = create_detector(trials)
        detector.append(text)
        found.append((detector, detector.features()))
    walking = [(d, ngrams) for d, ngrams in found if ngrams]
    detector_class.walk_many(walking)
    return [d.get_probabilities() if ngrams else None for d, ngrams in found]


def stock_detector(trials: int) -> Any:
    """Return langdetect's own detector, seeded alike: what create_detector() must equal."""
    from langdetect.detector import Detector

    detector = Detector(_detector_factory())
    detector.n_trial = trials
    return detector
