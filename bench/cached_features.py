"""Features the reranking lab derives from its cache alone (measured, not shipped).

bench/relevance_lab.py eval --features NAME... reads them beside search.features' own:

- "rarest", "rare2": whether the candidate holds the question's rarest word, and the
  share of its two rarest words it holds (title, body, or a compound's parts apart);
- "bm25p:K1:B:P": the body's BM25 with each word's idf raised to the power P, so the
  specific words weigh more than the topic words (divided by the largest idf to the P);
- "rel:FEATURE": a cached feature as the log of its share of the best value among the
  reranked top, as the engine's score enters the model (log_share).
"""

from __future__ import annotations

import math
from typing import Any


def cached_feature(
    record: dict[str, Any], cand: dict[str, Any], name: str, top: int
) -> float | None:
    """Return a derived feature of a cached candidate; None if name is not one of them.

    record: the cached question with its candidates; top: how many the lab reranks.
    """
    if name in ("rarest", "rare2"):
        return _rarest(record, cand, 1 if name == "rarest" else 2)
    if name.startswith("bm25p:"):
        _, k1, b, power = name.split(":")
        return _bm25_power(record, cand, float(k1), float(b), float(power))
    if name.startswith("rel:"):
        return _relative(record, cand, name[4:], top)
    return None


def _rarest(record: dict[str, Any], cand: dict[str, Any], count: int) -> float:
    """Return the share of the question's count rarest words the candidate holds."""
    held = sorted(
        (
            (w["idf"], bool(tf[0] or tf[1] or tf[2]))
            for w, tf in zip(record["words"], cand["tf"], strict=True)
        ),
        key=lambda h: -h[0],
    )[:count]
    return sum(h for _, h in held) / max(1, len(held))


def _bm25_power(
    record: dict[str, Any], cand: dict[str, Any], k1: float, b: float, power: float
) -> float:
    """Return the body's BM25 (a compound's parts apart counted) with idf to the power."""
    avg_body, max_idf = record["avg"][1], record["avg"][2]
    norm = k1 * ((1 - b) + b * cand["lens"][1] / (avg_body or 1.0))
    total = 0.0
    for w, tf in zip(record["words"], cand["tf"], strict=True):
        if tf[2]:
            total += w["idf"] ** power * tf[2] * (k1 + 1) / (tf[2] + norm)
    return total / max_idf**power


def _relative(record: dict[str, Any], cand: dict[str, Any], name: str, top: int) -> float:
    """Return the log of a feature's share of its best value among the top candidates."""
    key = f"_best_{name}_{top}"
    if key not in record:
        record[key] = max(float(c["f"][name]) for c in record["cands"][:top]) or 1.0
    best = record[key]
    return math.log(max(float(cand["f"][name]), 1e-3 * best) / best)
