"""Tell what a text is about: its words of four letters or more, not stopwords."""

from __future__ import annotations

import re

from whoosh.lang import stopwords_for_language

# Words of four letters or more tell whether two texts are about the same thing.
CONTENT_WORD = re.compile(r"\w{4,}")
STOPWORDS = frozenset(stopwords_for_language("de")) | frozenset(stopwords_for_language("en"))


def content_words(text: str) -> set[str]:
    """Return the words of text that tell what it is about (four letters or more, not
    German or English stopwords)."""
    return {w for w in (w.lower() for w in CONTENT_WORD.findall(text)) if w not in STOPWORDS}
