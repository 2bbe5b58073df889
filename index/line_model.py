"""The line classifier: gradient-boosted trees over a page's line features, in numpy.

The model (index/line_model.json, written by bench/train_line_model.py) says how likely
each line is body text, and how likely it is the title. It corrects the rules
(index/clean.py) only where it is sure: a line the rules kept is dropped when the model
puts it far below body text, and another title is taken when the model is sure of it and
sure the rules' choice is none. Never all of an article's lines go.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL = Path(__file__).with_name("line_model.json")


@dataclass(frozen=True)
class Trees:
    """An additive model of regression trees (log-odds), padded to one node count."""

    init: float
    rate: float
    depth: int
    feature: npt.NDArray[np.int64]  # (trees, nodes); -1 at leaves
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]

    @classmethod
    def load(cls, data: dict[str, Any]) -> Trees:
        """Read exported trees."""
        return cls(
            init=float(data["init"]),
            rate=float(data["rate"]),
            depth=int(data["depth"]),
            feature=np.asarray(data["feature"], dtype=np.int64),
            threshold=np.asarray(data["threshold"], dtype=np.float64),
            left=np.asarray(data["left"], dtype=np.int64),
            right=np.asarray(data["right"], dtype=np.int64),
            value=np.asarray(data["value"], dtype=np.float64),
        )

    def probability(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Return each row's probability of the positive class."""
        # The trees were fitted on single-precision features: compare as they were.
        x = x.astype(np.float32).astype(np.float64)
        n, count = x.shape[0], self.feature.shape[0]
        rows = np.arange(n)[:, None]
        cols = np.arange(count)[None, :]
        node = np.zeros((n, count), dtype=np.int64)
        for _ in range(self.depth):
            feat = self.feature[cols, node]
            leaf = feat < 0
            go_left = x[rows, np.where(leaf, 0, feat)] <= self.threshold[cols, node]
            step = np.where(go_left, self.left[cols, node], self.right[cols, node])
            node = np.where(leaf, node, step)
        raw = self.init + self.rate * self.value[cols, node].sum(axis=1)
        return np.asarray(1.0 / (1.0 + np.exp(-raw)), dtype=np.float64)


@dataclass(frozen=True)
class Model:
    """The shipped classifier: body and title trees and when to act on them."""

    version: int
    features: int
    body: Trees
    title: Trees
    drop_below: float  # a kept line goes when its body probability is below this
    title_switch: float  # another line is taken as title when surer than this

    @classmethod
    def load(cls, data: dict[str, Any]) -> Model:
        """Read an exported model."""
        return cls(
            version=int(data["version"]),
            features=int(data["features"]),
            body=Trees.load(data["body"]),
            title=Trees.load(data["title"]),
            drop_below=float(data["drop_below"]),
            title_switch=float(data["title_switch"]),
        )


@cache
def model() -> Model:
    """Load the shipped model."""
    return Model.load(json.loads(MODEL.read_text(encoding="utf-8")))
