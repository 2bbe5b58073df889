"""Matcher trees built over arrays as Whoosh builds its trees of matchers."""

from __future__ import annotations

import numpy as np
import pytest

from search.matches import union


@pytest.mark.parametrize(
    "weights",
    [
        [0, 0, 0, 0],
        [3, 0, 5, 0, 3, 0, 0, 1],
        [-4, -4, 0, -1, -4],
        [2, 2, 2, 1, 1, 4, 0, 0, 0, 0, 7, 2],
        [0, 10, 0, 10, 0, 10, 0, 5, 5, 0],
    ],
)
@pytest.mark.parametrize("kinds", [("leaf",), ("leaf", "union", "filter")])
def test_weighted_tree_is_whoosh_s(weights: list[int], kinds: tuple[str, ...]) -> None:
    # The tree of pairs each builds, ties of weight among matchers of one kind and of
    # several kinds alike (Whoosh compares the matchers themselves on a tie).
    from whoosh.util import make_weighted_tree

    from search.matches.trees import Node, weighted_tree

    def leaf(n: int) -> Node:
        node = Node(kinds[n % len(kinds)], np.array([n]), np.array([1.0]))
        node.size = n  # the tree's shape, kept where the scoring keeps nothing
        return node

    def pair(a: Node, b: Node) -> Node:
        node = Node("union", a.ids, a.scores)
        node.size = (a.size, b.size)
        return node

    expected = make_weighted_tree(pair, [(w, leaf(n)) for n, w in enumerate(weights)])
    built = [(leaf(n), w) for n, w in enumerate(weights)]
    assert weighted_tree(pair, list(weights), built).size == expected.size


@pytest.mark.parametrize(
    "weights",
    [
        [0, 0, 0, 0],
        [3, 0, 5, 0, 3, 0, 0, 1],
        [0, 2, 2, 2, 1, 1, 4, 0, 0, 1, 7, 2],
        [0, 10, 0, 10, 0, 10, 0, 5, 5, 0],
        [4, 0, 4, 4, 0, 9],
        [0, 6],
        [6, 0],
        [1, 2, 3],
    ],
)
def test_union_tree_without_empty_parts_is_the_weighted_tree(weights: list[int]) -> None:
    # The same pairs joined in the same order: a part of weight 0 holds no documents, and
    # joined with one that does gives that one's arrays as they are.
    from search.matches.trees import Node, union_tree, weighted_tree

    def leaf(n: int, w: int) -> Node:
        node = Node("leaf", np.array([n] if w else [], dtype=np.int64), np.array([1.0] * bool(w)))
        node.size = n  # the tree's shape, kept where the scoring keeps nothing
        return node

    def pair(a: Node, b: Node) -> Node:
        if not len(a.ids) or not len(b.ids):
            kept = b if not len(a.ids) else a
            node = Node("union", kept.ids, kept.scores)
            node.size = kept.size
            return node
        node = Node("union", union([a.ids, b.ids]), a.scores)
        node.size = (a.size, b.size)
        return node

    built = [(leaf(n, w), w) for n, w in enumerate(weights)]
    expected = weighted_tree(pair, list(weights), built)
    found = union_tree(pair, list(weights), built)
    assert found.ids.tolist() == expected.ids.tolist()
    assert (found.size if len(found.ids) else None) == (
        expected.size if len(expected.ids) else None
    )
