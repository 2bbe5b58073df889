"""Merge segments beside an indexing run: the workers go on writing while a thread merges.

After each commit the tiered policy (index.tiers) may find neighbouring segments due for
a merge; merged in the main process, the run would wait for each merge, and its workers
with it. Here a thread of the main process merges them (index.merge) while the workers
prepare and write the next articles, and swaps each merged segment into the table of
segments when it is complete (index.commit.swap_merged): documents deleted in its parts
meanwhile (articles replaced by a commit) are deleted in it too. At the end of the run
the thread merges until the policy finds none due, as merging after each commit did.

A thread, not a process: the merge is Python, but the main process of a run leaves the
interpreter lock free nearly all the time (its workers prepare and write the articles;
it keeps the books, 2 of some 36 CPU seconds of the corpus), a thread needs no handover
of segments, and it ends with its process however that ends (kill -9 included). What a
killed merge leaves (a segment no table names) is removed by the next run
(index.commit.remove_leftovers).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from index import commit, merge, tiers
from index.segment import remove_segment_files
from index.whoosh_write import Segment, segments


class Merges:
    """A thread merging an index's due neighbours while its run commits new segments."""

    def __init__(self, ix: Any) -> None:
        self._ix = ix
        # A commit and a swap (and reading the table) one at a time in this process; the
        # ids of segments being merged into are kept from a commit's cleaning under it.
        self._table = threading.Lock()
        self._writing: set[str] = set()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._closing = False
        self._error: BaseException | None = None
        self.merges = 0
        self._thread = threading.Thread(target=self._run, name="newsarchive-merge", daemon=True)
        self._thread.start()

    def commit(self, new: list[Segment], replaced: Iterable[str]) -> None:
        """Commit new segments (index.commit.commit_segments) and look for merges due."""
        self._raise()
        with self._table:
            commit.commit_segments(self._ix, new, replaced, keep=self._writing)
        self._wake.set()

    def finish(self) -> int:
        """Merge until none is due, then end the thread; return how many merges it did."""
        self._closing = True
        self._wake.set()
        self._thread.join()
        self._raise()
        return self.merges

    def abort(self) -> None:
        """Give up the merge under way (its files removed) and end the thread."""
        self._stop.set()
        self._wake.set()
        self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.wait()
                self._wake.clear()
                # Read before merging: once closing, the table holds the run's last commit.
                closing = self._closing
                while not self._stop.is_set() and self._merge_due():
                    self.merges += 1
                if closing:
                    return
        except merge.Cancelled:
            return
        except BaseException as exc:  # noqa: BLE001 - raised in the main thread
            self._error = exc

    def _merge_due(self) -> bool:
        """Merge the neighbours the policy finds due, if any; False when none is."""
        ix = self._ix
        with self._table:
            current = segments(ix)  # copies: the merge reads their deletions of now
        due = tiers.choose([s.doc_count() for s in current])
        if due is None:
            return False
        parts = current[due[0] : due[1]]
        if not sum(s.doc_count() for s in parts):
            with self._table:
                commit.swap_merged(ix, parts, None)
            return True
        target = merge.new_segment(ix)
        name = target.segment_id()
        with self._table:
            self._writing.add(name)
        try:
            merged = merge.merge(ix, parts, target, self._stop.is_set)
            with self._table:
                commit.swap_merged(ix, parts, merged)
        except BaseException:
            with self._table:
                if name not in {s.segment_id() for s in segments(ix)}:
                    remove_segment_files(ix.storage.folder, [target])
            raise
        finally:
            with self._table:
                self._writing.discard(name)
        return True
