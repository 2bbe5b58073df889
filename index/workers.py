"""Turn records into new segments: in this process, or in worker processes side by side.

Each worker prepares the records it is given (the `work` function: cleaning, language
detection, ...) and adds the resulting documents to a segment of its own (SegmentBuilder),
which it writes when told to flush; past a budget its postings go to disk meanwhile, so
that a worker's memory does not grow with the run (index.spill); the process holding the index
commits the segments (index.commit). So the work scales with the workers: nothing but
small results and the flush and commit pass through the main process. Results come back
in the order of the records.

A worker ends with its run, however the run ends: on Linux the kernel kills it when the
main process dies (PR_SET_PDEATHSIG), and everywhere a thread of its own looks twice a
second whether the main process is still there, so that it cannot outlive it blocked in
a read of a half-written message. What a killed worker leaves behind (a segment not yet
committed) is removed by the next run.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import queue
import shutil
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh.filedb.filestore import FileStorage

from index.parent_watch import POLL_SECONDS, die_with_parent
from index.segment import remove_segment_files, remove_temp_folders
from index.segment_builds import Builds
from index.store import release_inherited_locks
from index.terms import exchange_learned, share_learned

# A worker's answers to a chunk of records, one per record: (what the main process gets
# back, the document to add to the segment or None).
Work = Callable[[list[Any]], list[tuple[Any, dict[str, Any] | None]]]

# Records a worker takes at a time, and how many such chunks may be on their way per
# worker: enough to keep the workers busy, few enough to bound memory. A chunk is
# prepared as one (index.prepare.work detects its languages together), and the more
# records it holds, the less each costs: chunks start at FIRST_CHUNK_RECORDS (every
# worker gets work early, and a small run is shared) and double up to CHUNK_RECORDS.
FIRST_CHUNK_RECORDS = 32
CHUNK_RECORDS = 128
CHUNKS_IN_FLIGHT = 2
# The cyclic garbage collector's thresholds in a worker. A worker makes millions of
# small containers that live until its segment is written (postings, the word cache), and
# at Python's default (a collection every 700 new ones) it scans them over and over: some
# 7 % of a worker's CPU on the evaluation corpus, a third of that at these.
GC_THRESHOLDS = (50_000, 20, 10)


def chunk_size(n: int) -> int:
    """Return how many records the n-th chunk of a run holds."""
    return min(CHUNK_RECORDS, FIRST_CHUNK_RECORDS << min(n, 8))


class WorkerFailed(RuntimeError):
    """A worker process ended before its time; the index was left as it was."""


class InProcess:
    """Prepare the records and build their segments in this process."""

    def __init__(self, folder: str, indexname: str, schema: Any, work: Work) -> None:
        self._storage = FileStorage(folder)
        self._builds = Builds(self._storage, indexname, schema)
        self._work = work
        self._unsaved: list[Any] = []

    def run(self, items: Iterable[Any]) -> Iterator[Any]:
        """Prepare the records a chunk at a time, add their documents to the segment, and
        yield their results."""
        it = iter(items)
        for n in itertools.count():
            chunk = list(itertools.islice(it, chunk_size(n)))
            if not chunk:
                break
            for result, fields in self._work(chunk):
                if fields is not None:
                    self._builds.add(fields)
                yield result
            self._builds.bound()

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run a function here, as Workers.call runs it in each worker."""
        function(*args)

    def flush(self) -> tuple[list[Any], list[str]]:
        """Write the segment of what was added so far; return the segments written since
        the last flush and the ids they hold."""
        segments, ids = self._builds.flush()
        self._unsaved += segments
        return segments, ids

    def committed(self) -> None:
        """Note that the segments flushed so far are in a table of segments now."""
        self._unsaved.clear()

    def abort(self) -> None:
        """Remove the files of segments not written or not committed."""
        self._builds.abort()
        remove_segment_files(self._storage.folder, self._unsaved)
        self._unsaved.clear()

    def close(self) -> None:
        """Nothing to stop in this process."""


class Workers:
    """Worker processes, each building a segment of its own from the records it gets."""

    def __init__(self, count: int, folder: str, indexname: str, schema: Any, work: Work) -> None:
        context = multiprocessing.get_context()
        self._folder = folder
        self._indexname = indexname
        self._results: Any = context.Queue()
        self._tasks = [context.Queue() for _ in range(count)]
        self._outstanding = [0] * count
        self._done: dict[int, list[Any]] = {}
        self._next = 0
        self._seq = 0
        self._segments: dict[int, tuple[list[Any], list[str]]] = {}
        self._unsaved: list[Any] = []
        # The words each worker analyzes, handed to the others as it goes
        # (index.word_exchange); a leading dot and .tmp: a killed run's is removed by the
        # next (remove_temp_folders).
        self._words = os.path.join(folder, f".{indexname}_words.tmp")
        shutil.rmtree(self._words, ignore_errors=True)
        os.makedirs(self._words, exist_ok=True)
        parent = os.getpid()
        self._procs = [
            context.Process(
                target=_worker,
                args=(
                    n,
                    self._tasks[n],
                    self._results,
                    folder,
                    indexname,
                    schema,
                    work,
                    parent,
                    self._words,
                ),
                name=f"newsarchive-worker-{n}",
                daemon=True,
            )
            for n in range(count)
        ]
        for proc in self._procs:
            proc.start()

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Have each worker run a module-level function with these arguments (sent to it
        pickled) before the records it gets from now on."""
        for tasks in self._tasks:
            tasks.put(("call", function, args))

    def run(self, items: Iterable[Any]) -> Iterator[Any]:
        """Hand the records out in chunks and yield their results in order."""
        it = iter(items)
        limit = len(self._procs) * CHUNKS_IN_FLIGHT
        while chunk := list(itertools.islice(it, chunk_size(self._seq))):
            n = min(range(len(self._procs)), key=self._outstanding.__getitem__)
            self._tasks[n].put(("chunk", self._seq, chunk))
            self._outstanding[n] += 1
            self._seq += 1
            while sum(self._outstanding) >= limit:
                self._receive()
                yield from self._ready()
            yield from self._ready()
        while sum(self._outstanding):
            self._receive()
            yield from self._ready()
        yield from self._ready()

    def _ready(self) -> Iterator[Any]:
        while self._next in self._done:
            results = self._done.pop(self._next)
            self._next += 1
            yield from results

    def _receive(self) -> None:
        """Take one message from the workers; raise what a worker failed with."""
        while True:
            try:
                message = self._results.get(timeout=POLL_SECONDS)
                break
            except queue.Empty:
                dead = [p for p in self._procs if p.exitcode is not None]
                if dead:
                    codes = ", ".join(f"{p.name} exit code {p.exitcode}" for p in dead)
                    raise WorkerFailed(
                        f"a process writing the index failed ({codes}); "
                        "the index keeps what was committed before"
                    ) from None
        kind, n = message[0], message[1]
        if kind == "chunk":
            self._done[message[2]] = message[3]
            self._outstanding[n] -= 1
        elif kind == "segments":
            self._segments[n] = (message[2], message[3])
            self._unsaved += message[2]
        else:
            raise message[2]

    def flush(self) -> tuple[list[Any], list[str]]:
        """Have every worker write its segment of what it was given so far; return the
        segments the workers wrote since the last flush and the ids they hold. Results
        not yet yielded stay for run()."""
        for tasks in self._tasks:
            tasks.put(("flush",))
        while len(self._segments) < len(self._procs):
            self._receive()
        segments = [s for written, _ in self._segments.values() for s in written]
        ids = [i for _, found in self._segments.values() for i in found]
        self._segments.clear()
        return segments, ids

    def committed(self) -> None:
        """Note that the segments flushed so far are in a table of segments now."""
        self._unsaved.clear()

    def abort(self) -> None:
        """Stop the workers and remove the files of segments not committed."""
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
        self.close()
        remove_segment_files(self._folder, self._unsaved)
        remove_temp_folders(self._folder, self._indexname)
        self._unsaved.clear()

    def close(self) -> None:
        """Let the workers end, then wait for them."""
        for proc, tasks in zip(self._procs, self._tasks, strict=True):
            if proc.is_alive():
                with contextlib.suppress(Exception):
                    tasks.put(("stop",))
        for proc in self._procs:
            proc.join(5)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for q in [self._results, *self._tasks]:
            q.close()
            q.cancel_join_thread()
        shutil.rmtree(self._words, ignore_errors=True)


def _worker(
    n: int,
    tasks: Any,
    results: Any,
    folder: str,
    indexname: str,
    schema: Any,
    work: Work,
    parent: int,
    words: str,
) -> None:
    """Run a worker: prepare chunks into segments, hand them over when told to flush."""
    die_with_parent(parent)
    release_inherited_locks()
    collect_less()
    share_learned(words, str(n))
    builds = Builds(FileStorage(folder), indexname, schema)
    try:
        while True:
            try:
                message = tasks.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            kind = message[0]
            if kind == "stop":
                break
            if kind == "call":
                message[1](*message[2])
                continue
            if kind == "flush":
                results.put(("segments", n, *builds.flush()))
                continue
            out = []
            for result, fields in work(message[2]):
                if fields is not None:
                    builds.add(fields)
                out.append(result)
            results.put(("chunk", n, message[1], out))
            # The words this chunk taught, for the other workers; theirs, for the next.
            exchange_learned()
            builds.bound()
    except BaseException as exc:  # noqa: BLE001 - handed to the main process to raise
        builds.abort()
        with contextlib.suppress(Exception):
            results.put(("error", n, exc))
        return
    builds.abort()


def collect_less() -> None:
    """Have the garbage collector of a worker process run less often (GC_THRESHOLDS),
    and leave alone what the process was forked with (it stays to the end)."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
