"""Whoosh's matcher trees for one segment built over numpy arrays: the same documents and
the same floating-point sums of scores, added in the order its matchers add them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import numpy as np

from search.matches.sorted_ids import EMPTY, NONE, union


class Node:
    """A matcher as Whoosh would build it for one segment: its kind, documents and scores.

    Whoosh orders equally weighted matchers in its weighted trees by class alone (a
    matcher is "less" than any of its own class), so the kind stands in for the class.
    """

    __slots__ = ("kind", "ids", "scores", "size")

    def __init__(self, kind: str, ids: np.ndarray, scores: np.ndarray) -> None:
        self.kind, self.ids, self.scores = kind, ids, scores

    def __lt__(self, other: Node) -> bool:
        return other.kind == self.kind

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and other.kind == self.kind

    __hash__ = None  # type: ignore[assignment]


def union_nodes(a: Node, b: Node) -> Node:
    """Add two matchers' scores where both match, as Whoosh's UnionMatcher does."""
    # A side without documents adds nothing: the other's scores as they are.
    if not len(a.ids):
        return Node("union", b.ids, b.scores)
    if not len(b.ids):
        return Node("union", a.ids, a.scores)
    ids = union([a.ids, b.ids])
    scores = np.zeros(len(ids), dtype=np.float64)
    scores[np.searchsorted(ids, a.ids)] = a.scores
    # a + b in this order; a document one side lacks gets the other's score alone.
    scores[np.searchsorted(ids, b.ids)] += b.scores
    return Node("union", ids, scores)


def intersect_nodes(a: Node, b: Node) -> Node:
    """Add two matchers' scores on the documents both match (IntersectionMatcher)."""
    if not len(a.ids) or not len(b.ids):
        return Node("intersection", EMPTY, NONE)
    ids, mine, theirs = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    return Node("intersection", ids, a.scores[mine] + b.scores[theirs])


def wrapped(node: Node, boost: float) -> Node:
    """Multiply a matcher's scores by a boost (WrappingMatcher)."""
    return Node("wrapping", node.ids, node.scores * boost)


def weighted_tree(
    fn: Callable[[Node, Node], Node], weights: list[int], built: list[tuple[Node, int]]
) -> Node:
    """Combine matchers as whoosh.util.make_weighted_tree does, comparing weights alone.

    It sorts (weight, matcher) pairs and inserts each pair it makes with insort; two
    matchers of equal weight compare neither less nor greater (equal if of one class,
    else not less), so equal weights keep their order: a stable sort by weight and a
    bisection to the right of the equal weights give the very same tree, without a
    comparison of matchers in Python for each tie.
    """
    order = sorted(range(len(weights)), key=weights.__getitem__)
    keys = [weights[i] for i in order]
    nodes = [built[i][0] for i in order]
    while len(nodes) > 1:
        weight = keys[0] + keys[1]
        node = fn(nodes[0], nodes[1])
        del keys[:2], nodes[:2]
        at = bisect_right(keys, weight)
        keys.insert(at, weight)
        nodes.insert(at, node)
    return nodes[0]


def union_tree(
    fn: Callable[[Node, Node], Node], weights: list[int], built: list[tuple[Node, int]]
) -> Node:
    """Return weighted_tree(fn, weights, built) for unions (fn(a, b) holds what b holds
    where a holds nothing, and the reverse) without joining the parts of weight 0.

    Most of a word's terms are in no field of a segment: parts of weight 0 and without
    documents. In the weighted tree they are joined with each other first and then with
    the lightest other part, whose arrays come out as they are but which is put back
    behind the other parts of its weight; so the same tree is built from the other parts
    alone with the lightest one moved there.
    """
    if all(weights) or any(not w and len(n.ids) for (n, _), w in zip(built, weights, strict=True)):
        return weighted_tree(fn, weights, built)
    kept = sorted((i for i, w in enumerate(weights) if w), key=weights.__getitem__)
    if not kept:
        return Node("union", EMPTY, NONE)
    lightest = weights[kept[0]]
    ties = 1
    while ties < len(kept) and weights[kept[ties]] == lightest:
        ties += 1
    kept = kept[1:ties] + kept[:1] + kept[ties:]
    return weighted_tree(fn, [weights[i] for i in kept], [built[i] for i in kept])


class Unsupported(Exception):
    """Whoosh would score this query in a way the exact path does not copy."""


NULL = Node("null", EMPTY, NONE)


def preloaded(nodes: list[Node], boost: float) -> Node:
    """Sum the parts' scores one part after another, as Whoosh's ArrayUnionMatcher does."""
    if not nodes:
        return Node("arrayunion", EMPTY, NONE)
    ids = union([n.ids for n in nodes])
    scores = np.zeros(len(ids), dtype=np.float64)
    for n in nodes:
        scores[np.searchsorted(ids, n.ids)] += n.scores * boost
    if len(scores) and scores.min() <= 0:
        raise Unsupported("ArrayUnionMatcher skips documents scored 0 or less")
    return Node("arrayunion", ids, scores)
