"""langdetect's detector with faster inner loops that answer the same, and the detectors
the rest of index/ uses."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from index.langdetect_fast.profiles import detector_factory
from index.langdetect_fast.walks import Walk, normalize, walk_many

_detector_class: Any = None

# Factor rows computed ahead per block of a random walk (five draws per step).
BATCHES = 16


def _fast_detector_class() -> Any:
    """Return a langdetect Detector whose inner loops are faster and answer the same.

    langdetect 1.0.9 (pinned) spends its time in per-character and per-language Python
    loops. The subclass computes the same values in the same order with str.translate,
    regular expressions and a cache of each word's n-grams; its random walks multiply
    float64 rows of a numpy matrix (one product of five rows per step) and read the
    seeded generator's 32-bit words from one stored stream, as CPython's Random turns them
    into choice() and gauss() values. Its probabilities are bit-for-bit those of the
    stock Detector (tests/test_langdetect_fast_*.py compare them), at about a quarter of
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
            walk = Walk(self, ngrams)
            init = np.array(self._init_probability(), dtype=np.float64)
            multiply = np.multiply.reduce
            for _ in range(self.n_trial):
                walk.start_trial()
                table, words = walk.block(walk.pos, 1 + 5 * BATCHES, init)
                # Row by row, in place: row r+5 becomes the product of rows r to r+5.
                multiply(table[0:2], axis=0, out=table[1])
                cur = 1
                i = 0
                while normalize(table[cur]) <= self.CONV_THRESHOLD and i < self.ITERATION_LIMIT:
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

    FastDetector.walk_many = staticmethod(walk_many)
    _detector_class = FastDetector
    return FastDetector


def create_detector(trials: int) -> Any:
    """Return a seeded fast detector that averages `trials` random walks."""
    detector = _fast_detector_class()(detector_factory())
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

    detector = Detector(detector_factory())
    detector.n_trial = trials
    return detector
