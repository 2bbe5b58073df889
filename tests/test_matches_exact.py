"""ExactPostings: word queries scored as Whoosh's matchers score them, their size estimates,
what is left to Whoosh, and what is kept for the commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from generated import index_edited_in_runs
from matches_queries import QUERIES, T
from whoosh import query as wq

from search.archive import Archive
from search.lru import Lru
from search.matches import ExactPostings, field_lengths, plain
from search.ranking import exact_scores


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three segments, and articles edited after indexing (deleted in their old segment)."""
    return index_edited_in_runs(tmp_path_factory.mktemp("updated"))


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
