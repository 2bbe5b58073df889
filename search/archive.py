"""The archive as the search side sees it: one open index, shared by every thread.

All threads search with one Whoosh searcher (its files are read by position, see
search.files), replaced when a commit has produced a new generation: no reopening per
query, and new articles show up without a restart. A rebuild puts a new index folder in
the old one's place: the archive notices the new folder and opens it, having answered
from the old one until then. Each request takes the current commit (search.commit) once
and hands it to the module that does the job.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh import scoring
from whoosh.searching import Searcher

from index.store import StoreError, open_index
from search import related as relations
from search import rerank, service, stats, suggest
from search.commit import Commit, StoryFile
from search.compile import FIELD_BOOSTS
from search.files import SharedStorage
from search.filters import Filters
from search.ranking import BM25_B, BM25_K1
from search.related import SIMILAR, Ref
from search.request import SearchLimits, SearchRequest
from search.results import ArticleView, SearchResult


class Archive:
    """An opened index (see the module's text) and what can be asked of it."""

    def __init__(
        self,
        index_dir: str | os.PathLike[str],
        field_boosts: dict[str, float] | None = None,
        limits: SearchLimits | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        # Weights of title, caption and body matches (default: search.compile.FIELD_BOOSTS).
        self.field_boosts = dict(field_boosts or FIELD_BOOSTS)
        self.limits = limits or SearchLimits()
        self._folder = _folder_identity(self.index_dir)
        self.ix = open_index(self.index_dir, SharedStorage(str(self.index_dir)))
        self.schema = self.ix.schema
        self.weighting = scoring.BM25F(B=BM25_B, K1=BM25_K1)
        self._story_file = StoryFile(self.index_dir)
        self._reopen_lock = threading.Lock()
        # The commit all threads read, with the index it belongs to.
        self._shared: tuple[Any, Commit] | None = None
        # The model that reorders the top of a question's ranking (None: BM25F alone).
        self.reranker: rerank.Model | None = rerank.SHIPPED

    def _current_index(self) -> Any:
        """Return the open index, reopened if a rebuild has put a new folder in place."""
        folder = _folder_identity(self.index_dir)
        if folder is not None and folder != self._folder:
            with self._reopen_lock:
                if folder != self._folder:
                    try:
                        ix = open_index(self.index_dir, SharedStorage(str(self.index_dir)))
                    except (StoreError, OSError):
                        return self.ix  # mid-swap: keep answering from the open index
                    self.ix, self.schema, self._folder = ix, ix.schema, folder
        return self.ix

    def _fresh(self, shared: tuple[Any, Commit] | None, ix: Any) -> bool:
        """Tell whether the shared commit is still the index's latest."""
        # (-1: the folder is being swapped; the open searcher still answers.)
        return (
            shared is not None
            and shared[0] is ix
            and ix.latest_generation() in (shared[1].reader.generation(), -1)
        )

    def commit(self) -> Commit:
        """Return the commit all threads share, replaced if the index has changed."""
        ix = self._current_index()
        shared = self._shared
        if not self._fresh(shared, ix):
            with self._reopen_lock:
                shared = self._shared
                if not self._fresh(shared, ix):
                    # A new searcher, not Searcher.refresh(): refresh reuses segment
                    # readers with the deletions they had, so an updated article would
                    # show twice. The old one is not closed: other threads may still be
                    # answering from it; its files close once nothing uses it.
                    searcher = ix.searcher(weighting=self.weighting)
                    shared = self._shared = (ix, Commit(searcher, ix.schema, self._story_file))
        assert shared is not None
        return shared[1]

    def searcher(self) -> Searcher:
        """Return the searcher all threads share (that of the current commit)."""
        return self.commit().searcher

    def close(self) -> None:
        """Let go of the shared searcher (the next search opens a new one).

        Its files close once no thread answers from it any more (see search.files):
        closing it here could pull it from under another thread's request.
        """
        with self._reopen_lock:
            self._shared = None

    def search(
        self,
        text: str,
        page: int = 1,
        size: int | None = None,
        snippets: bool = True,
        explain: bool = False,
        *,
        filters: Filters | None = None,
        sort: str = "relevance",
        extras: Iterable[str] = (),
        collapse: bool = True,
    ) -> SearchResult:
        """Rank the articles for a user query and return one page of hits with snippets.

        See search.request.SearchRequest for the parameters; size defaults to the
        limits' page size.
        """
        request = SearchRequest(
            text,
            page,
            self.limits.default_page_size if size is None else size,
            snippets,
            explain,
            filters or Filters(),
            sort,
            frozenset(extras),
            collapse,
        )
        return service.search(self.commit(), request, self.limits, self.field_boosts, self.reranker)

    def article(self, article_id: str, text: str = "", related: bool = True) -> ArticleView | None:
        """Return a cleaned article by id, its query matches marked; None if unknown.

        related: also find its copies, similar articles and its source's neighbours.
        """
        return relations.article(
            self.commit(), article_id, text, self.field_boosts, related, self.limits.query_chars
        )

    def similar(self, article_id: str, limit: int = SIMILAR) -> list[Ref]:
        """Return articles about the same things (more like this), copies left out."""
        return relations.similar(self.commit(), article_id, limit)

    def thread(self, article_id: str, limit: int = SIMILAR) -> list[Ref]:
        """Return the articles that continue this one's story: like it, and later, by date."""
        return relations.thread(self.commit(), article_id, limit)

    def neighbours(self, article_id: str) -> tuple[Ref | None, Ref | None]:
        """Return the articles of the same source just before and just after this one."""
        return relations.neighbours(self.commit(), article_id)

    def story_keys(self) -> dict[str, str]:
        """Map every article id to its story group (copies and near-copies share one)."""
        return relations.story_keys(self.commit())

    def body_hashes(self) -> dict[str, str]:
        """Map every article id to the hash of its cleaned body (equal hash: a copy)."""
        return relations.body_hashes(self.commit())

    def complete(self, text: str) -> dict[str, Any]:
        """Complete what is being typed: archive words that start so, and titles."""
        return suggest.complete(self.commit().searcher, text)

    def analyze(self, text: str, group: str = "de") -> list[dict[str, Any]]:
        """Return the tokens an analyzer makes of a text, with positions and offsets."""
        return stats.analyze(self.commit().schema, text, group)

    def stats(self) -> dict[str, Any]:
        """Count articles, unique bodies, languages, sources and the date span."""
        return stats.stats(self.commit())

    def example_id(self) -> str | None:
        """Return the id of one article of the archive (None if it has none)."""
        commit = self.commit()
        for docnum in commit.searcher.reader().all_doc_ids():
            return str(commit.column("id")[docnum])
        return None


def _folder_identity(path: Path) -> tuple[int, int] | None:
    """Tell one index folder from another put in its place: device and inode."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
