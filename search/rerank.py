"""Rerank the top of a question's ranking by a learned combination of features.

A question shares its topic words with every article of its story; the article that
answers it holds the question's specific words, near each other, early in the text
(search.features). A linear model over those features and the engine's own score,
fitted on the dev query sets' tune folds (bench/relevance_lab.py train), orders the top
RERANK_TOP anew. The model is a small JSON file beside this module, made for one schema
version: with another the ranking is left as it is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import query as wq

from index.schema import SCHEMA_VERSION
from search.features import FEATURES, candidate_features

MODEL_FILE = Path(__file__).with_name("rerank_model.json")
# What the model reads besides the features: the engine's score as a share of the best,
# and the engine's rank.
BASE = ("log_share", "inv_rank")
# Every input a model may read: what explain names as having lifted a hit.
INPUTS = BASE + FEATURES


@dataclass(frozen=True)
class Model:
    """A linear reranker: one weight per input (BASE, then the features it names)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    top: int
    schema_version: int

    @property
    def inputs(self) -> tuple[str, ...]:
        """Name the model's inputs in the order of its weights."""
        return BASE + self.features

    def contributions(self, x: list[float]) -> list[float]:
        """Return each input's share of the score (weight times value)."""
        return [w * v for w, v in zip(self.weights, x, strict=True)]

    def score(self, x: list[float]) -> float:
        """Return the model's score of an input vector."""
        return sum(self.contributions(x))

    def as_dict(self) -> dict[str, Any]:
        """Return the model as stored."""
        return {
            "schema_version": self.schema_version,
            "top": self.top,
            "weights": dict(zip(self.inputs, self.weights, strict=True)),
        }


def model_from(data: dict[str, Any]) -> Model:
    """Read a model from its stored form; its features must be ones search.features makes."""
    weights = dict(data["weights"])
    missing = [b for b in BASE if b not in weights]
    unknown = [k for k in weights if k not in BASE and k not in FEATURES]
    if missing or unknown:
        raise ValueError(f"rerank model: missing {missing}, unknown {unknown}")
    features = tuple(k for k in weights if k not in BASE)
    return Model(
        features=features,
        weights=tuple(float(weights[k]) for k in BASE + features),
        top=int(data["top"]),
        schema_version=int(data["schema_version"]),
    )


def load_model(path: Path = MODEL_FILE) -> Model | None:
    """Load the shipped model; None if it is missing or made for another schema version."""
    try:
        model = model_from(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return model if model.schema_version == SCHEMA_VERSION else None


# The shipped model, read once (None: missing, or made for another schema version).
SHIPPED = load_model()


def vector(
    model: Model, features: dict[str, float], score: float, best: float, rank: int
) -> list[float]:
    """Return the model's input for a candidate at rank (0-based) with the engine's score."""
    share = max(score, 1e-6) / (best or 1.0)
    return [math.log(share), 1.0 / (rank + 1)] + [features[k] for k in model.features]


@dataclass(frozen=True)
class Reranked:
    """A reranked hit: document, the score shown, and what each input added."""

    docnum: int
    score: float
    contributions: dict[str, float]


def rerank(
    model: Model, top: list[tuple[int, float]], features: list[dict[str, float]]
) -> list[Reranked]:
    """Order the top hits by the model; each new place keeps the engine's score of that
    place, so scores still fall down the list and the hits below follow unchanged."""
    if not top:
        return []
    best = top[0][1]
    scored = []
    for rank, ((docnum, score), feats) in enumerate(zip(top, features, strict=True)):
        x = vector(model, feats, score, best, rank)
        parts = model.contributions(x)
        scored.append((sum(parts), rank, docnum, parts))
    scored.sort(key=lambda s: (-s[0], s[1]))
    places = sorted((score for _, score in top), reverse=True)
    return [
        Reranked(docnum, place, dict(zip(model.inputs, parts, strict=True)))
        for place, (_, _, docnum, parts) in zip(places, scored, strict=True)
    ]


def reorder(
    model: Model,
    hits: list[tuple[int, float]],
    searcher: Any,
    words: list[tuple[str, wq.Query]],
    langs: Sequence[str],
    idf: Callable[[str, str], float] | None = None,
) -> tuple[list[tuple[int, float]], dict[int, list[tuple[str, float]]]]:
    """Rerank the top of a question's hits; return the hits and, for each reranked hit,
    the inputs that lifted it most (lifted_by).

    words: the question's word groups as typed, with their queries; langs: each
    document's language by number; idf: a term's idf over the index (None: the searcher's).
    """
    if len(hits) < 2:
        return hits, {}
    top = hits[: model.top]
    found = candidate_features(searcher, words, True, [d for d, _ in top], langs, idf)
    reranked = rerank(model, top, found)
    contributions = {r.docnum: r.contributions for r in reranked}
    averages = _averages(contributions)
    return (
        [(r.docnum, r.score) for r in reranked] + hits[model.top :],
        {d: lifted_by(contributions, d, averages=averages) for d in contributions},
    )


def _averages(contributions: dict[int, dict[str, float]]) -> dict[str, float]:
    """Return each input's average contribution over the reranked top."""
    count = len(contributions)
    names = {name for c in contributions.values() for name in c}
    return {name: sum(c[name] for c in contributions.values()) / count for name in names}


def lifted_by(
    contributions: dict[int, dict[str, float]],
    docnum: int,
    most: int = 3,
    averages: dict[str, float] | None = None,
) -> list[tuple[str, float]]:
    """Name the inputs that lifted a reranked hit most above the reranked top's average,
    with how much each added (largest first); [] for a hit that was not reranked.

    averages: _averages(contributions), worked out once for all hits of the top.
    """
    mine = contributions.get(docnum)
    if not mine:
        return []
    if averages is None:
        averages = _averages(contributions)
    gains = [(name, value - averages[name]) for name, value in mine.items()]
    # A gain too small to tell apart from the others' says nothing.
    top = sorted((g for g in gains if g[1] > 0.01), key=lambda g: -g[1])
    return [(name, round(gain, 3)) for name, gain in top[:most]]
