"""The line classifier: its trees evaluated in numpy, the shipped model, its verdicts."""

from __future__ import annotations

import numpy as np
import pytest
from page_parts import P1, P2, P3, TITLE

from index import clean, line_model
from index.line_model import Trees


def stump(feature: int, threshold: float, low: float, high: float, init: float = 0.0) -> Trees:
    """A one-split tree: rows at or below the threshold get low, the others high."""
    return Trees(
        init=init,
        rate=1.0,
        depth=1,
        feature=np.asarray([[feature, -1, -1]]),
        threshold=np.asarray([[threshold, 0.0, 0.0]]),
        left=np.asarray([[1, 0, 0]]),
        right=np.asarray([[2, 0, 0]]),
        value=np.asarray([[0.0, low, high]]),
    )


@pytest.mark.parametrize(
    ("trees", "row", "expected"),
    [
        (stump(0, 0.5, -2.0, 2.0), [0.2, 9.0], 1 / (1 + np.exp(2.0))),
        (stump(0, 0.5, -2.0, 2.0), [0.5, 9.0], 1 / (1 + np.exp(2.0))),  # at the threshold: left
        (stump(0, 0.5, -2.0, 2.0), [0.7, 9.0], 1 / (1 + np.exp(-2.0))),
        (stump(1, 3.0, 0.0, 1.0, init=-1.0), [0.0, 4.0], 0.5),
    ],
)
def test_trees_give_the_probability_of_their_leaf(
    trees: Trees, row: list[float], expected: float
) -> None:
    got = trees.probability(np.asarray([row]))
    assert got[0] == pytest.approx(expected)


def test_the_shipped_model_is_the_cleaner_versions() -> None:
    model = line_model.model()
    assert model.version == clean.LINE_MODEL_VERSION
    assert model.body.feature.shape == model.body.threshold.shape
    assert 0.0 < model.drop_below < 0.5 < model.title_switch < 1.0
    assert int(model.body.feature.max()) < model.features


def page(*lines: str, sep: str = "\n\n") -> str:
    return sep.join(lines) + "\n"


HASHTAGS = "#Verkehr #Justiz #Heimat"
APP = "Unsere App: jetzt kostenlos im App Store und bei Google Play"
CAPTION = "Die Baustelle im Sommer. Fotograf: Anna Keller"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (page(TITLE, P1, P2, P3, HASHTAGS), HASHTAGS),
        (page(TITLE, P1, P2, P3, HASHTAGS, sep="\n"), HASHTAGS),
        (page(TITLE, P1, P2, P3, APP), APP),
        (page(TITLE, P1, P2, CAPTION, P3), CAPTION),
    ],
)
def test_the_classifier_drops_lines_the_rules_keep(text: str, line: str) -> None:
    rules = clean.line_view(text)[2]
    assert line in rules.body.split("\n")
    got = clean.clean_page(text)
    assert line not in got.body.split("\n")
    assert got.body == "\n".join([P1, P2, P3])
    (why,) = [d.explain() for d in got.dropped if d.text == line]
    assert why.startswith("line classifier: ")
    assert why.endswith(")")


@pytest.mark.parametrize("text", [page(TITLE, HASHTAGS), page(TITLE, APP, sep="\n")])
def test_the_classifier_never_empties_an_article(text: str) -> None:
    rules = clean.line_view(text)[2]
    got = clean.clean_page(text)
    assert got.body == rules.body != ""
