"""Detect languages with langdetect faster, through its internals: the one place that does.

langdetect 1.0.9 spends its time in per-character and per-language Python loops. The
detector here overrides its private steps (`_extract_ngrams`, `_detect_block`) to compute
the same values in the same order, and reads its factory's private profile table. The
rest of index/ uses create_detector(). The internals are those of one release, checked
below before any of the package's modules is imported; the random walks replay CPython's
Random (the word order of getrandbits, and how random(), gauss() and choice() use the
words), which tests/test_langdetect_fast_*.py check against the stock detector.

profiles  langdetect's profiles loaded once, the n-gram table packed in bytes
streams   the seeded generator's 32-bit words, read as a stream
rows      the n-gram table as rows of a float64 matrix, filled as n-grams occur
walks     the random walks over those rows, one text's alone or several side by side
detector  the fast detector (FastDetector), and the detectors the rest of index/ uses
"""

from __future__ import annotations

from index.versions import require

LANGDETECT = "langdetect"
LANGDETECT_VERSION = "1.0.9"
require(LANGDETECT, LANGDETECT_VERSION, "its detector is sped up through its internals")

from index.langdetect_fast.detector import (  # noqa: E402
    create_detector,
    probabilities_many,
    stock_detector,
)
from index.langdetect_fast.profiles import load_factory  # noqa: E402

__all__ = [
    "LANGDETECT",
    "LANGDETECT_VERSION",
    "create_detector",
    "load_factory",
    "probabilities_many",
    "stock_detector",
]
