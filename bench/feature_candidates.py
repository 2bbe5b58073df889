"""Candidate reranking features measured in the lab and not shipped (README, "Relevance").

Each reads where a question's words occur in one article, as search.features does:

- passage_bm25: the largest BM25 of one window of the body (idf times each word's
  saturated count inside the window; a window has one length, so no length norm);
- bigram_idf: the idf-weighted share of neighbouring question words standing within
  BIGRAM_TOKENS of each other in the title or body;
- lead_specific: the idf-weighted share of the specific words (numbers, names, rare
  words) in the lead;
- window_specific: the largest idf-weighted share of the specific words in one window.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from search.features import (  # noqa: E402
    K1,
    LEAD_TOKENS,
    WINDOW_TOKENS,
    Occurrences,
    QueryView,
    Word,
    _best_window,
    _close,
    _loose_positions,
    _positions,
)

CANDIDATES = ("passage_bm25", "bigram_idf", "lead_specific", "window_specific")
BIGRAM_TOKENS = 2


def candidate_features(view: QueryView, group: str, found: Occurrences) -> dict[str, float]:
    """Compute the candidate features of one article for a query."""
    words = [w for w in view.words if w.options.get(group)]
    out = dict.fromkeys(CANDIDATES, 0.0)
    if not words:
        return out
    title_at = [_positions(w, group, found.get("title", {})) for w in words]
    body_at = [_positions(w, group, found.get("body", {})) for w in words]
    loose = [_loose_positions(w, group, found.get("body", {})) for w in words]
    out["passage_bm25"] = best_passage(words, loose, WINDOW_TOKENS) / view.max_idf
    out["bigram_idf"] = bigrams(words, body_at, title_at, BIGRAM_TOKENS)
    specific = [w.number or w.proper or w.rare for w in words]
    total = sum(w.idf for w, s in zip(words, specific, strict=True) if s)
    if total:
        early = zip(words, specific, body_at, strict=True)
        out["lead_specific"] = sum(w.idf for w, s, b in early if s and b and b[0] < LEAD_TOKENS)
        out["lead_specific"] /= total
        only = [w if s else replace(w, idf=0.0) for w, s in zip(words, specific, strict=True)]
        out["window_specific"] = _best_window(only, body_at, WINDOW_TOKENS) / total
    return out


def best_passage(words: list[Word], at: list[list[int]], size: int) -> float:
    """Return the largest BM25 of one window of size positions."""
    events = sorted((p, i) for i, positions in enumerate(at) for p in positions)
    counts = [0] * len(words)

    def gain(i: int, c: int) -> float:
        return words[i].idf * c * (K1 + 1) / (c + K1)

    best = weight = 0.0
    lo = 0
    for p, i in events:
        weight += gain(i, counts[i] + 1) - gain(i, counts[i])
        counts[i] += 1
        while events[lo][0] <= p - size:
            j = events[lo][1]
            weight -= gain(j, counts[j]) - gain(j, counts[j] - 1)
            counts[j] -= 1
            lo += 1
        best = max(best, weight)
    return best


def bigrams(
    words: list[Word], body_at: list[list[int]], title_at: list[list[int]], near: int
) -> float:
    """Return the idf-weighted share of neighbouring word pairs within near positions."""
    total = got = 0.0
    for i in range(len(words) - 1):
        weight = words[i].idf + words[i + 1].idf
        total += weight
        if any(
            at[i] and at[i + 1] and _close(at[i], at[i + 1], near) for at in (body_at, title_at)
        ):
            got += weight
    return got / total if total else 0.0
