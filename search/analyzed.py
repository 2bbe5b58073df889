"""A typed word's query terms, analyzed once per analyzer and kept for the next query.

Compiling a query analyzes each word in every text field (three parts, three language
groups), and the word's other forms (search.holding, search.clipped, search.parts) are
analyzed again; the same words come back query after query. An analyzer gives the same
tokens for the same text every time (its caches only save work), so what it made of a
text is kept: the terms with their positions, as it yields them in query mode.
"""

from __future__ import annotations

import threading

from whoosh.analysis import Analyzer

Tokens = tuple[tuple[str, int], ...]

# Analyzers are not hashable: they are told apart by their identity and kept alive beside
# their texts (one per open index and language group); each keeps up to MAX_TEXTS texts
# (some 180 bytes each), then forgets them at once.
MAX_ANALYZERS = 32
MAX_TEXTS = 10_000
_KEPT: dict[int, tuple[Analyzer, dict[str, Tokens]]] = {}
_LOCK = threading.Lock()


def query_tokens(analyzer: Analyzer, text: str) -> Tokens:
    """Return the (term, position) of each token the analyzer makes of text in query mode."""
    kept = _KEPT.get(id(analyzer))
    if kept is None or kept[0] is not analyzer:
        with _LOCK:
            if len(_KEPT) >= MAX_ANALYZERS:
                _KEPT.pop(next(iter(_KEPT)))
            kept = _KEPT[id(analyzer)] = (analyzer, {})
    texts = kept[1]
    found = texts.get(text)
    if found is None:
        found = tuple((t.text, t.pos) for t in analyzer(text, positions=True, mode="query"))
        if len(texts) >= MAX_TEXTS:
            texts.clear()
        texts[text] = found
    return found


def query_term(analyzer: Analyzer, text: str) -> str | None:
    """Return the first term the analyzer makes of a typed word, None if none (a stopword):
    index.analysis.query_term, kept."""
    found = query_tokens(analyzer, text)
    return found[0][0] if found else None
