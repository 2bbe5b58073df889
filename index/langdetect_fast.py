"""Detect languages with langdetect faster, through its internals: the one place that does.

langdetect 1.0.9 spends its time in per-character and per-language Python loops. The
detector here overrides its private steps (`_extract_ngrams`, `_detect_block`,
`_normalize_prob`) to compute the same values in the same order, and reads its factory's
private profile table. The rest of index/ uses create_detector(). The internals are those
of one release, checked at import.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from index.versions import require

LANGDETECT = "langdetect"
LANGDETECT_VERSION = "1.0.9"
require(LANGDETECT, LANGDETECT_VERSION, "its detector is sped up through its internals")

_lock = threading.Lock()
_factory: Any = None
_detector_class: Any = None


def _detector_factory() -> Any:
    """Load langdetect's language profiles once."""
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import DetectorFactory, init_factory

            init_factory()
            from langdetect import detector_factory

            _factory = detector_factory._factory
            assert isinstance(_factory, DetectorFactory)
            _factory.set_seed(0)
    return _factory


def _fast_detector_class() -> Any:
    """Return a langdetect Detector whose inner loops are faster and answer the same.

    langdetect 1.0.9 (pinned) spends its time in per-character and per-language Python
    loops. The subclass computes the same values in the same order with str.translate,
    regular expressions, a cache of each word's n-grams and one list comprehension per
    five random-walk steps, so its probabilities are bit-for-bit those of the stock
    Detector (tests/test_langdetect_fast.py compares them), at about half the cost.
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

    def ngrams_of(word: str, known: dict[str, Any]) -> list[str]:
        """Return what NGram's state machine emits for a word (plus a trailing space)."""
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
                w = grams[-n:]
                if w != " " and w in known:
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
            known = self.word_lang_prob_map
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
            # Detector._detect_block, with the updates between two convergence checks
            # (one, then five at a time) done in one pass over the languages. Every
            # probability still takes the same factors in the same order: p*(w+a)*(w+b)
            # is evaluated as (p*(w+a))*(w+b), exactly what the stock loop computes.
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            self.langprob = [0.0] * len(self.langlist)
            self.random.seed(self.seed)
            table = self.word_lang_prob_map
            choice = self.random.choice
            for _ in range(self.n_trial):
                prob = self._init_probability()
                alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                w = alpha / self.BASE_FREQ
                a = table[choice(ngrams)]
                prob = [p * (w + xa) for p, xa in zip(prob, a, strict=True)]
                i = 0
                while (
                    self._normalize_prob(prob) <= self.CONV_THRESHOLD and i < self.ITERATION_LIMIT
                ):
                    a, b, c, d, e = [table[choice(ngrams)] for _ in range(5)]
                    prob = [
                        p * (w + xa) * (w + xb) * (w + xc) * (w + xd) * (w + xe)
                        for p, xa, xb, xc, xd, xe in zip(prob, a, b, c, d, e, strict=True)
                    ]
                    i += 5
                for j, p in enumerate(prob):
                    self.langprob[j] += p / self.n_trial

        def _normalize_prob(self, prob: list[float]) -> float:
            total = sum(prob)
            prob[:] = [p / total for p in prob]
            return max(prob)

    _detector_class = FastDetector
    return FastDetector


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
