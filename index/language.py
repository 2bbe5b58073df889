"""Language detection: langdetect on a bounded sample, seeded so runs agree."""

from __future__ import annotations

import re
import threading
from importlib.metadata import version

from index import german_words

# langdetect's cost grows with the text; a few hundred characters of title and lead
# decide the language as well as the whole article does.
SAMPLE_CHARS = 600
# Below this many letters langdetect guesses; a caller's hint (or "unknown") is better.
MIN_LETTERS = 20
# langdetect averages this many random walks over the sample's n-grams (its default is 7).
# Three decide the language of every article of the evaluation corpus (6,039) as seven
# do, and bench/language.py stays at 251 of 251, at less than half the cost. Bare
# headlines are harder: on 17,711 of german-news-headlines 0.6% of the answers change
# and accuracy goes from 95.1% to 95.0% (langdetect reads 5% of them as af, nl, sv ...
# with seven trials too).
TRIALS = 3
UNKNOWN = "unknown"
# Short texts (headlines) are where langdetect errs; there the archive's main language
# wins when langdetect gives it at least this probability.
SHORT_LETTERS = 120
PRIOR = "de"
PRIOR_MIN_PROB = 0.1
# A sample this long of which this share are German function words (words its neighbours
# in langdetect's profiles, Dutch, Afrikaans, the Scandinavian languages and English, do
# not use) is German beyond doubt, and langdetect is not asked. On the evaluation corpus
# 95% of the German articles qualify, langdetect answers German with a probability that
# rounds to 1.0 for each of them, and no article of another language comes near (the
# highest share is 0.01). Headlines are too short for this and still go to langdetect.
FAST_MIN_WORDS = 30
FAST_MIN_SHARE = 0.1
GERMAN_WORDS = frozenset(
    "und nicht ist sich auch für eine einer einem eines einen wird wurde wurden werden "
    "sind auf zu von bei nach über oder aber haben hat hatte dass wir ich sein seine "
    "ihre ihr vom zum zur beim durch gegen unter mehr schon wenn kann können soll "
    "sollen muss müssen nur doch diese dieser dieses diesem jetzt sagte sei".split()
)
# A shorter text (a headline) is German beyond doubt when at least this many of its words,
# and this share, are German words other languages hardly use (index.german_words) or the
# function words above ("hat" and "von" left out: English has them). On 4,000 headlines of
# german-news-headlines 57% qualify (langdetect calls 11 of them nl, af, cy, fr, no or es);
# of 925 titles and sentences of other languages' pages in bench/language.py's data, none.
SHORT_MIN_WORDS = 2
SHORT_MIN_SHARE = 0.2
SHORT_GERMAN_WORDS = german_words.WORDS | (GERMAN_WORDS - {"hat", "von"})
# Everything that decides what detect() answers; part of each article's fingerprint, so
# a change here makes the next indexing run detect every article's language again.
METHOD = (
    f"langdetect-{version('langdetect')}/seed0/sample{SAMPLE_CHARS}/trials{TRIALS}/min{MIN_LETTERS}"
    f"/prior-{PRIOR}-{SHORT_LETTERS}-{PRIOR_MIN_PROB}"
    f"/fast-de-{FAST_MIN_WORDS}-{FAST_MIN_SHARE}-{len(GERMAN_WORDS)}"
    f"-{SHORT_MIN_WORDS}-{SHORT_MIN_SHARE}-{len(SHORT_GERMAN_WORDS)}"
)

_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()
_factory = None
_detector_class = None


def _detector_factory():
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


def _fast_detector_class():
    """Return a langdetect Detector whose inner loops are faster and answer the same.

    langdetect 1.0.9 (pinned) spends its time in per-character and per-language Python
    loops. The subclass computes the same values in the same order with str.translate,
    regular expressions, a cache of each word's n-grams and one list comprehension per
    five random-walk steps, so its probabilities are bit-for-bit those of the stock
    Detector (tests/test_build_parallel.py compares them), at about half the cost.
    """
    global _detector_class
    if _detector_class is not None:
        return _detector_class
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class _Normalized(dict):
        """str.translate table: a code point to NGram.normalize of it, filled on demand."""

        def __missing__(self, code: int) -> str:
            self[code] = value = NGram.normalize(chr(code))
            return value

    normalized = _Normalized()
    spaces = re.compile(" {2,}")
    latin = re.compile("[A-z]")  # Detector.cleaning_text's 'A' <= ch <= 'z', as written
    # cleaning_text compares unicode_block()'s number with a block *name*, which never
    # matches: every character from U+0300 up counts as non-Latin.
    non_latin = re.compile("[\u0300-\U0010ffff]")
    word_ngrams: dict[str, list[str]] = {}
    cache_limit = 200_000

    def ngrams_of(word: str, known: dict) -> list[str]:
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

    class FastDetector(Detector):
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


def create_detector(trials: int = TRIALS):
    """Return a seeded detector that averages `trials` random walks."""
    factory = _detector_factory()
    detector = _fast_detector_class()(factory)
    detector.n_trial = trials
    return detector


def sample(title: str, body: str, limit: int = SAMPLE_CHARS) -> str:
    """Return the bounded piece of an article that language detection reads."""
    text = f"{title}\n{body}" if title else body
    if len(text) <= limit:
        return text
    # Cut at a word boundary so no half word skews the n-gram counts.
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def clearly_german(text: str) -> bool:
    """Tell whether a text is German by the German words in it (langdetect not needed)."""
    words = _WORDS.findall(text.lower())
    if len(words) >= FAST_MIN_WORDS:
        german = sum(1 for w in words if w in GERMAN_WORDS)
        return german >= FAST_MIN_SHARE * len(words)
    german = sum(1 for w in words if w in SHORT_GERMAN_WORDS)
    return german >= SHORT_MIN_WORDS and german >= SHORT_MIN_SHARE * len(words)


def detect(text: str, hint: str | None = None) -> tuple[str, float]:
    """Return the language code of a text and langdetect's confidence in it."""
    if len(_LETTERS.findall(text[:SAMPLE_CHARS])) < MIN_LETTERS:
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    if clearly_german(text[:SAMPLE_CHARS]):
        return "de", 1.0
    # The factory's fixed seed makes langdetect's random sampling, and so its answer,
    # repeatable: each detector starts its own generator from it.
    detector = create_detector()
    detector.append(text[:SAMPLE_CHARS])
    try:
        candidates = detector.get_probabilities()
    except Exception:  # langdetect raises its own error on featureless text
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    best = candidates[0]
    if best.lang != PRIOR and len(_LETTERS.findall(text[:SAMPLE_CHARS])) < SHORT_LETTERS:
        # On a headline langdetect often ranks Afrikaans or Dutch above German; an archive
        # that is German first takes German whenever it is a serious candidate.
        for c in candidates:
            if c.lang == PRIOR and c.prob >= PRIOR_MIN_PROB:
                return PRIOR, round(float(c.prob), 4)
    lang = best.lang.split("-")[0]
    return lang, round(float(best.prob), 4)
