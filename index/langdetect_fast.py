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
            matrix, ids = rows.of(ngrams, self.word_lang_prob_map)
            at_row = np.array(ids, dtype=np.intp)
            # Every walk starts from the same seed, so the generator's 32-bit words are
            # read from one stored stream: a draw below n takes each word's top bits and
            # skips those >= n (Random._randbelow_with_getrandbits, what choice() does).
            stream = streams[self.seed]
            n = len(ngrams)
            shift = 32 - n.bit_length()
            pos = 0
            gauss_next: float | None = None
            langprob = np.zeros(len(self.langlist))
            init = np.array(self._init_probability(), dtype=np.float64)
            multiply = np.multiply.reduce

            def block(pos: int, count: int, first: Any) -> tuple[Any, Any]:
                """Return row 0 `first`, then one factor row per draw, and each draw's word."""
                span = 2 * count + 64
                while True:
                    top = stream.words(pos + span)[pos : pos + span] >> shift
                    where = np.flatnonzero(top < n)
                    if len(where) >= count:
                        break
                    span *= 2
                where = where[:count]
                table = np.empty((count + 1, len(first)))
                table[0] = first
                np.add(matrix[at_row[top[where]]], w, out=table[1:])
                return table, where + pos

            for _ in range(self.n_trial):
                if gauss_next is None:
                    u1, u2 = stream.uniforms(pos)
                    pos += 4
                    x2pi = u1 * TWOPI
                    g2rad = sqrt(-2.0 * log(1.0 - u2))
                    z = cos(x2pi) * g2rad
                    gauss_next = sin(x2pi) * g2rad
                else:
                    z, gauss_next = gauss_next, None
                alpha = self.alpha + (0.0 + z * 1.0) * self.ALPHA_WIDTH
                w = alpha / self.BASE_FREQ
                table, words = block(pos, 1 + 5 * BATCHES, init)
                # Row by row, in place: row r+5 becomes the product of rows r to r+5.
                multiply(table[0:2], axis=0, out=table[1])
                cur = 1
                i = 0
                while _normalize(table[cur]) <= self.CONV_THRESHOLD and i < self.ITERATION_LIMIT:
                    if cur + 5 >= len(table):
                        pos = int(words[cur - 1]) + 1
                        table, words = block(pos, 5 * BATCHES, table[cur])
                        cur = 0
                    multiply(table[cur : cur + 6], axis=0, out=table[cur + 5])
                    cur += 5
                    i += 5
                pos = int(words[cur - 1]) + 1
                langprob += table[cur] / self.n_trial
            self.langprob = langprob.tolist()

    def _normalize(prob: Any) -> float:
        # Detector._normalize_prob in place: Python's sum, then each divided by it.
        # Rounding is monotonic: the largest quotient is the largest value's quotient.
        values = prob.tolist()
        total = sum(values)
        prob /= total
        return float(max(values) / total)

    rows = _Rows()
    streams = _Streams()
    _detector_class = FastDetector
    return FastDetector


# Factor rows computed ahead per block of a random walk (five draws per step).
BATCHES = 16


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


def stock_detector(trials: int) -> Any:
    """Return langdetect's own detector, seeded alike: what create_detector() must equal."""
    from langdetect.detector import Detector

    detector = Detector(_detector_factory())
    detector.n_trial = trials
    return detector
