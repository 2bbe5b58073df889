"""Language detection: langdetect on a bounded sample, seeded so runs agree."""

from __future__ import annotations

import re
import threading

# langdetect's cost grows with the text; a few hundred characters of title and lead
# decide the language as well as the whole article does.
SAMPLE_CHARS = 600
# Below this many letters langdetect guesses; a caller's hint (or "unknown") is better.
MIN_LETTERS = 20
UNKNOWN = "unknown"

_LETTERS = re.compile(r"[^\W\d_]")
_lock = threading.Lock()
_factory = None


def _detector_factory():  # noqa: ANN202 (langdetect has no type hints)
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


def sample(title: str, body: str, limit: int = SAMPLE_CHARS) -> str:
    """Return the bounded piece of an article that language detection reads."""
    text = f"{title}\n{body}" if title else body
    if len(text) <= limit:
        return text
    # Cut at a word boundary so no half word skews the n-gram counts.
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def detect(text: str, hint: str | None = None) -> tuple[str, float]:
    """Return the language code of a text and langdetect's confidence in it."""
    if len(_LETTERS.findall(text[:SAMPLE_CHARS])) < MIN_LETTERS:
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    # The factory's fixed seed makes langdetect's random sampling, and so its answer,
    # repeatable: each detector starts its own generator from it.
    detector = _detector_factory().create()
    detector.append(text[:SAMPLE_CHARS])
    try:
        best = detector.get_probabilities()[0]
    except Exception:  # langdetect raises its own error on featureless text
        return (hint, 0.0) if hint else (UNKNOWN, 0.0)
    lang = best.lang.split("-")[0]
    return lang, round(float(best.prob), 4)
