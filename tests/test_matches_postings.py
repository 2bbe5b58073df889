"""Postings: word queries' documents and BM25F scores as Whoosh's, deletions left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated import index_edited_in_runs
from matches_queries import QUERIES

from search.archive import Archive
from search.matches import Postings, field_lengths


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
