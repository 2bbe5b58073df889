"""Matches read from the posting lists: the documents and scores of Whoosh's own search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from generated import index_edited_in_runs, kennziffer
from whoosh import query as wq

from search.archive import Archive
from search.lru import Lru
from search.matches import ExactPostings, Postings, field_lengths, plain, shape, union
from search.ranking import exact_scores

T = wq.Term
QUERIES = {
    "term": T("body_de", "rathaus"),
    "or": wq.Or([T("body_de", "rathaus"), T("title_de", "nachricht", boost=0.25)]),
    "and": wq.And([T("body_de", "feuerwehr"), T("body_de", "gebaud")]),
    "and-not": wq.AndNot(T("title_de", "nachricht"), T("body_de", "glatt")),
    "nested": wq.Or(
        [wq.And([T("body_de", "umbau"), T("body_de", "innenstadt")]), T("body_de", "fest")],
        boost=0.5,
    ),
    "missing": wq.Or([T("body_de", "gibtesnicht"), T("body_de", kennziffer(3))]),
}


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three segments, and articles edited after indexing (deleted in their old segment)."""
    return index_edited_in_runs(tmp_path_factory.mktemp("updated"))


@pytest.mark.parametrize("name", QUERIES)
def test_postings_match_and_score_as_whoosh(updated: Path, name: str) -> None:
    q = QUERIES[name]
    archive = Archive(updated)
    searcher = archive.searcher()
    assert any(leaf.has_deletions() for leaf, _ in searcher.reader().leaf_readers())
    postings = Postings(searcher, lambda f: field_lengths(searcher, f))
    expected = {h.docnum: h.score for h in searcher.search(q, limit=None)}
    assert expected or name == "missing"
    ids, scores = postings.scored(q)
    assert ids.tolist() == sorted(expected) == postings.docs(q).tolist()
    assert scores.tolist() == pytest.approx([expected[d] for d in ids.tolist()], rel=1e-12)


def _tree_or(subs: list[wq.Query], boost: float = 1.0) -> wq.Or:
    """An Or that Whoosh matches with its tree of unions even in a small segment."""
    q = wq.Or(subs, boost=boost)
    q.matcher_type = wq.Or.DEFAULT_MATCHER
    return q


EXACT = {
    **QUERIES,
    "tree": _tree_or(
        [
            T("body_de", "rathaus"),
            T("title_de", "nachricht", boost=0.25),
            T("body_de", "fest"),
            wq.And([T("body_de", "umbau"), T("body_de", "innenstadt", boost=0.3)]),
            T("body_de", "gibtesnicht"),
        ],
        boost=0.5,
    ),
    # Fields no article of the index has words in are skipped without a lookup.
    "empty-fields": _tree_or(
        [T("body_xx", "rathaus"), T("title_en", "rathaus", boost=0.25), T("body_de", "rathaus")]
    ),
    # Whoosh's span matcher decides where the words stand in a row; numpy scores them.
    "phrase": wq.Phrase("body_de", ["umbau", "innenstadt"], slop=2),
    "phrase-missing": wq.Phrase("body_de", ["umbau", "gibtesnicht"]),
    "phrase-in-or": _tree_or(
        [wq.Phrase("body_de", ["besteh", "fest"], slop=3), T("title_de", "nachricht")],
        boost=0.5,
    ),
    # An AndNot weighs in its tree by both its parts' sizes (CompoundQuery.estimate_size).
    "and-not-in-tree": _tree_or(
        [
            wq.AndNot(T("title_de", "nachricht"), T("body_de", "glatt")),
            T("body_de", "rathaus"),
            T("body_de", "fest", boost=0.3),
            T("body_de", "feuerwehr"),
        ]
    ),
    "tree-nested": _tree_or(
        [
            _tree_or([T("body_de", "feuerwehr"), T("caption_de", "feuerwehr", boost=0.25)]),
            _tree_or([T("body_de", "gebaud"), T("title_de", "gebaud", boost=0.25)]),
            T("body_de", "rathaus"),
        ]
    ),
}


@pytest.mark.parametrize("name", EXACT)
def test_exact_scores_are_whooshs_own(updated: Path, name: str) -> None:
    q = EXACT[name]
    archive = Archive(updated)
    searcher = archive.searcher()
    postings = ExactPostings(searcher, lambda f: field_lengths(searcher, f))
    found = postings.exact(q)
    assert found is not None
    ids, scores = found
    assert ids.tolist() == sorted(searcher.docs_for_query(q))
    assert name.endswith("missing") or len(ids)
    expected = exact_scores(searcher, q, ids, None)
    # Equal to the last bit: no document needs scoring through Whoosh again.
    assert [d for d, _ in expected] == ids.tolist()
    assert [s for _, s in expected] == scores.tolist()


@pytest.mark.parametrize("name", EXACT)
def test_sizes_are_whooshs_estimates(updated: Path, name: str) -> None:
    q = EXACT[name]
    searcher = Archive(updated).searcher()
    postings = ExactPostings(searcher, lambda f: field_lengths(searcher, f))
    leaves = [leaf for leaf, _ in searcher.reader().leaf_readers()]
    assert postings.sizes(q) == [q.estimate_size(leaf) for leaf in leaves]


@pytest.mark.parametrize(
    "q",
    [
        wq.Or([T("body_de", "gibtesnicht"), wq.Prefix("body_de", "rathau")]),
        wq.And([wq.Every(), T("body_de", "gibtesnicht")]),
        wq.AndNot(wq.Prefix("body_de", "rathau"), T("body_de", "gibtesnicht")),
    ],
)
def test_a_query_the_exact_path_cannot_copy_is_left_to_whoosh(updated: Path, q: wq.Query) -> None:
    # Even where none of its words is in a segment: its other parts may match there.
    searcher = Archive(updated).searcher()
    postings = ExactPostings(searcher, lambda f: field_lengths(searcher, f))
    assert postings.exact(q) is None


@pytest.mark.parametrize(
    ("q", "words"),
    [
        (T("body_de", "x"), True),
        (wq.Or([T("body_de", "x"), wq.AndNot(T("body_de", "y"), T("body_de", "z"))]), True),
        (wq.NullQuery, True),
        (wq.Phrase("body_de", ["x", "y"]), False),
        (wq.Or([T("body_de", "x"), wq.Phrase("body_de", ["x", "y"])]), False),
        (wq.Or([T("body_de", "x"), wq.Prefix("body_de", "y")]), False),
        (wq.Every(), False),
    ],
)
def test_plain_tells_word_queries(q: wq.Query, words: bool) -> None:
    assert plain(q) is words


@pytest.mark.parametrize("name", EXACT)
def test_word_groups_kept_for_the_commit_score_as_worked_out_anew(updated: Path, name: str) -> None:
    # Each query after the others, with the commit's memo shared: every group kept from an
    # earlier query gives the documents and scores of one worked out for this query alone.
    q = EXACT[name]
    searcher = Archive(updated).searcher()
    memo: Lru[Any] = Lru(64 * 1024 * 1024)
    lengths = {f: field_lengths(searcher, f) for f in searcher.schema.names()}
    for other in [*EXACT.values(), q]:
        ExactPostings(searcher, lengths.__getitem__, memo).exact(other)
    assert len(memo)
    fresh = ExactPostings(searcher, lengths.__getitem__).exact(q)
    kept = ExactPostings(searcher, lengths.__getitem__, memo).exact(q)
    assert fresh is not None and kept is not None
    assert kept[0].tolist() == fresh[0].tolist()
    assert kept[1].tolist() == fresh[1].tolist()
    docs = ExactPostings(searcher, lengths.__getitem__, memo).docs(q) if plain(q) else None
    if docs is not None:
        assert docs.tolist() == ExactPostings(searcher, lengths.__getitem__).docs(q).tolist()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (T("body_de", "x"), T("body_de", "x"), True),
        (T("body_de", "x"), T("body_de", "x", boost=0.5), False),
        (T("body_de", "x"), T("title_de", "x"), False),
        (
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            True,
        ),
        (
            wq.Or([T("body_de", "x"), T("body_de", "y")]),
            wq.And([T("body_de", "x"), T("body_de", "y")]),
            False,
        ),
        (wq.Or([T("body_de", "x")], boost=2.0), wq.Or([T("body_de", "x")]), False),
        (wq.Or([T("body_de", "x")], scale=0.5), wq.Or([T("body_de", "x")]), False),
        (wq.Phrase("body_de", ["x", "y"]), wq.Phrase("body_de", ["x", "y"], slop=2), False),
        (
            wq.AndNot(T("body_de", "x"), T("body_de", "y")),
            wq.AndNot(T("body_de", "x"), T("body_de", "z")),
            False,
        ),
    ],
)
def test_shapes_tell_word_queries_apart(a: wq.Query, b: wq.Query, same: bool) -> None:
    assert (shape(a) == shape(b)) is same
    assert shape(a) is not None


@pytest.mark.parametrize("q", [wq.Prefix("body_de", "x"), wq.Or([T("body_de", "x"), wq.Every()])])
def test_other_queries_have_no_shape(q: wq.Query) -> None:
    assert shape(q) is None


def _ids(*values: int) -> np.ndarray:
    return np.array(sorted(set(values)), dtype=np.int64)


@pytest.mark.parametrize(
    "parts",
    [
        [],
        [_ids()],
        [_ids(3)],
        [_ids(1, 5, 9), _ids()],
        [_ids(1, 5, 9), _ids(2, 5, 10)],
        [_ids(7), _ids(7), _ids(7)],
        [_ids(*range(0, 1000, 3)), _ids(*range(0, 1000, 5)), _ids(999, 1000)],
    ],
)
def test_union_is_numpys_unique_of_the_parts(parts: list[np.ndarray]) -> None:
    expected = np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    found = union(parts)
    assert found.dtype == np.int64
    assert found.tolist() == expected.tolist()


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

    from search.matches import _Node, _weighted_tree

    def leaf(n: int) -> _Node:
        node = _Node(kinds[n % len(kinds)], np.array([n]), np.array([1.0]))
        node.size = n  # the tree's shape, kept where the scoring keeps nothing
        return node

    def pair(a: _Node, b: _Node) -> _Node:
        node = _Node("union", a.ids, a.scores)
        node.size = (a.size, b.size)
        return node

    expected = make_weighted_tree(pair, [(w, leaf(n)) for n, w in enumerate(weights)])
    built = [(leaf(n), w) for n, w in enumerate(weights)]
    assert _weighted_tree(pair, list(weights), built).size == expected.size


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
    from search.matches import _Node, _union_tree, _weighted_tree

    def leaf(n: int, w: int) -> _Node:
        node = _Node("leaf", np.array([n] if w else [], dtype=np.int64), np.array([1.0] * bool(w)))
        node.size = n  # the tree's shape, kept where the scoring keeps nothing
        return node

    def pair(a: _Node, b: _Node) -> _Node:
        if not len(a.ids) or not len(b.ids):
            kept = b if not len(a.ids) else a
            node = _Node("union", kept.ids, kept.scores)
            node.size = kept.size
            return node
        node = _Node("union", union([a.ids, b.ids]), a.scores)
        node.size = (a.size, b.size)
        return node

    built = [(leaf(n, w), w) for n, w in enumerate(weights)]
    expected = _weighted_tree(pair, list(weights), built)
    found = _union_tree(pair, list(weights), built)
    assert found.ids.tolist() == expected.ids.tolist()
    assert (found.size if len(found.ids) else None) == (
        expected.size if len(expected.ids) else None
    )
