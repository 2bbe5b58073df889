"""Merge segments beside an indexing run: the workers go on writing while a thread merges.

After each commit the tiered policy (index.tiers) may find neighbouring segments due for
a merge; merged in the main process, the run would wait for each merge, and its workers
with it. Here a thread of the main process merges them (index.merge) while the workers
prepare and write the next articles, and swaps each merged segment into the table of
segments when it is complete (index.commit.swap_merged): documents deleted in its parts
meanwhile (articles replaced by a commit) are deleted in it too. At the end of the run
the thread merges until the policy finds none due, as merging after each commit did.

The thread only chooses, waits and swaps: the merge itself, Python through and through,
runs in a process of its own, forked when the run starts (before the run reads the ids
and the evidence, so little of this process is in it). Merged in the thread, it held the
interpreter lock the main process needs to hand records to the workers and take their
results: on a busy machine the lock's holder is descheduled with it, and the workers
waited (the corpus committing every 300 articles, under load: 212 → 231 s). The process
ends with the run however the run ends, as a worker does (index.parent_watch.die_with_parent);
a merge given up is killed. What a killed merge leaves (a segment no table names) is
removed by the next run (index.commit.remove_leftovers).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import threading
from collections.abc import Iterable
from typing import Any

from index import commit, merge, tiers
from index.parent_watch import POLL_SECONDS, die_with_parent
from index.segment import remove_segment_files
from index.store import release_inherited_locks
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
        context = multiprocessing.get_context()
        self._conn, child = context.Pipe()
        self._proc = context.Process(
            target=_merger, args=(child, ix, os.getpid()), name="newsarchive-merge", daemon=True
        )
        self._proc.start()
        child.close()
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
        self._end_process()
        self._raise()
        return self.merges

    def abort(self) -> None:
        """Give up the merge under way (its files removed) and end the thread."""
        self._stop.set()
        self._wake.set()
        self._thread.join()
        self._end_process()

    def _end_process(self) -> None:
        if self._proc.is_alive():
            if self._stop.is_set():
                self._proc.kill()
            else:
                self._conn.send(None)
        self._proc.join()
        self._conn.close()

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
            merged = self._merge(parts, target)
            with self._table:
                commit.swap_merged(ix, parts, merged)
        except BaseException:
            # A merge given up is stopped before its files are removed.
            self._proc.kill()
            self._proc.join()
            shutil.rmtree(os.path.join(ix.storage.folder, f".{name}.tmp"), ignore_errors=True)
            with self._table:
                if name not in {s.segment_id() for s in segments(ix)}:
                    remove_segment_files(ix.storage.folder, [target])
            raise
        finally:
            with self._table:
                self._writing.discard(name)
        return True

    def _merge(self, parts: list[Segment], target: Segment) -> Segment:
        """Have the merging process merge the parts into the target segment."""
        self._conn.send((parts, target))
        while not self._conn.poll(POLL_SECONDS):
            if self._stop.is_set():
                raise merge.Cancelled
            if not self._proc.is_alive():
                raise RuntimeError(f"the merging process ended (exit code {self._proc.exitcode})")
        kind, value = self._conn.recv()
        if kind == "error":
            raise value
        return value


def _merger(conn: Any, ix: Any, parent: int) -> None:
    """Run the merging process: merge the segments it is sent, send back the result."""
    die_with_parent(parent)
    release_inherited_locks()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        parts, target = message
        try:
            conn.send(("done", merge.merge(ix, parts, target)))
        except BaseException as exc:  # noqa: BLE001 - raised in the run's process
            conn.send(("error", exc))
