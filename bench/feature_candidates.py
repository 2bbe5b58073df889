"""Candidate reranking features measured in the lab and not shipped (README, "Relevance").

Each reads where a question's words occur in one article, as search.features does:

- passage_bm25: the largest BM25 of one window of the body (idf times each word's
  saturated count inside the window; a window has one length, so no length norm);
- bigram_idf: the idf-weighted share of neighbouring question words standing within
  BIGRAM_TOKENS of each other in the title or body;
- lead_specific: the idf-weighted share of the specific words (numbers, names, rare
  words) in the lead;
- window_specific: the largest idf-weighted share of the specific words in one window;
- tight{N}: the largest idf-weighted share of the question's words inside one window of N
  words of the body (TIGHT_SIZES), in any order, whichever words are missing between them
  ("480 Personen lebten mit 6. August in Traiskirchen in Zelten"); tight{N}l counts a
  compound's parts found apart too;
- pair{N}: the largest idf sum of two specific words (numbers, names, rare words) standing
  within N words of each other, as a share of the two rarest specific words' idf.
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

TIGHT_SIZES = (5, 10, 20)
CANDIDATES = (
    "passage_bm25",
    "bigram_idf",
    "lead_specific",
    "window_specific",
    *(f"tight{n}" for n in TIGHT_SIZES),
    *(f"tight{n}l" for n in TIGHT_SIZES),
    *(f"pair{n}" for n in TIGHT_SIZES),
)
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
    whole = sum(w.idf for w in words) or 1.0
    for n in TIGHT_SIZES:
        out[f"tight{n}"] = _best_window(words, body_at, n) / whole
        out[f"tight{n}l"] = _best_window(words, loose, n) / whole
        out[f"pair{n}"] = specific_pair(words, specific, body_at, n)
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


def specific_pair(words: list[Word], specific: list[bool], at: list[list[int]], near: int) -> float:
    """Return the largest idf sum of two specific words within near positions of each
    other, as a share of the two rarest specific words' idf (0 with fewer than two)."""
    chosen = [i for i, s in enumerate(specific) if s]
    if len(chosen) < 2:
        return 0.0
    best = 0.0
    for x, i in enumerate(chosen):
        for j in chosen[x + 1 :]:
            if at[i] and at[j] and _close(at[i], at[j], near):
                best = max(best, words[i].idf + words[j].idf)
    top = sorted((words[i].idf for i in chosen), reverse=True)[:2]
    return best / sum(top)


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
