"""Load langdetect's language profiles once, its table of n-grams packed in bytes."""

from __future__ import annotations

import struct
import threading
from typing import Any

_lock = threading.Lock()
_factory: Any = None


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


def detector_factory() -> Any:
    """Load langdetect's language profiles once."""
    global _factory
    with _lock:
        if _factory is None:
            _factory = load_factory()
            _factory.set_seed(0)
    return _factory
