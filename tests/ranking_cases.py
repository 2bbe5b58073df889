"""Rank a query typed as a user would, filters resolved as a search resolves them."""

from __future__ import annotations

from typing import Any

from search.archive import Archive
from search.compile import compile_search
from search.filters import Filters
from search.ranking import Ranking, rank
from search.syntax import read


def rank_typed(
    archive: Archive, text: str, filters: Filters | None = None, **kwargs: Any
) -> Ranking:
    """Rank a query typed as a user would, filters resolved as a search resolves them."""
    commit = archive.commit()
    query = read(text)
    active = (filters or Filters()).merge(query.parsed.filters).resolve(commit.known())
    compiled = compile_search(commit.schema, query, archive.field_boosts, browse=active.active)
    args = {"sort": "relevance", "wanted": 10, **kwargs}
    return rank(commit, compiled, active.query(), args.pop("sort"), args.pop("wanted"), **args)
