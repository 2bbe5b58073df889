"""One searcher for all threads: reads by position give every thread the serial answers."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from generated import index_in_runs, kennziffer, newsarchive, write_archive

from index.build import index_paths
from search.archive import Archive
from search.files import PositionedFile, SharedStorage

THREADS = 8
QUERIES = [
    "Nachricht",
    "Rathaus Marktplatz",
    "Feuerwehr -Glätte",
    '"am Wochenende"',
    "Umbau Innenstadt Pläne",
    kennziffer(7),
    kennziffer(1234),
    "quelle:generator Helfer",
]


def _answer(archive: Archive, query: str) -> tuple[Any, ...]:
    """Return what a search shows: total, hits with scores and snippets, facets, timeline."""
    r = archive.search(query, size=20, extras=("facets", "timeline"))
    hits = tuple((h.id, h.score, h.snippet, h.title_html, h.group) for h in r.hits)
    return r.total, hits, repr(r.facets), repr(r.timeline)


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Index 600 generated articles in three runs: three segments, posting lists of blocks."""
    return index_in_runs(tmp_path_factory.mktemp("segmented"), 3, 200)[0]


@pytest.fixture()
def switching() -> Any:
    """Switch threads as often as Python can, so that unsafe sharing shows."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def test_threads_sharing_one_searcher_get_the_serial_answers(
    segmented: Path, switching: None
) -> None:
    # (With Whoosh's own storage shared like this, answers come out wrong or fail.)
    serial = {q: _answer(Archive(segmented), q) for q in QUERIES}
    shared = Archive(segmented)
    errors: list[BaseException] = []
    answers: list[tuple[str, tuple[Any, ...]]] = []
    start = threading.Barrier(THREADS)

    def run(offset: int) -> None:
        try:
            start.wait()
            for round_ in range(5):
                for i in range(len(QUERIES)):
                    q = QUERIES[(i + offset + round_) % len(QUERIES)]
                    answers.append((q, _answer(shared, q)))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(answers) == THREADS * 5 * len(QUERIES)
    for q, answer in answers:
        assert answer == serial[q], q
    # All of them used one searcher.
    assert len({id(shared.searcher())}) == 1 and shared.searcher() is shared.searcher()


def test_a_commit_by_another_process_is_seen_by_every_thread(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    write_archive(tmp_path / "erst", 30)
    index_paths(index_dir, [tmp_path / "erst"], workers=1)
    archive = Archive(index_dir)

    def totals() -> list[int]:
        found: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: found.append(archive.search("Nachricht", collapse=False).total)
            )
            for _ in range(THREADS)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return found

    assert totals() == [30] * THREADS
    write_archive(tmp_path / "dann", 20, start=30)
    proc = newsarchive("--index", str(index_dir), "index", "--no-progress", str(tmp_path / "dann"))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert totals() == [50] * THREADS
    assert [h.id for h in archive.search(kennziffer(42)).hits] == ["art-00042"]


def test_positions_are_per_thread(tmp_path: Path) -> None:
    (tmp_path / "x.seg").write_bytes(bytes(range(100)))
    f = SharedStorage(str(tmp_path)).open_file("x.seg")
    assert isinstance(f, PositionedFile)
    part = f.subset(10, 20)
    part.seek(5)
    seen: list[int] = []
    other = threading.Thread(target=lambda: seen.append(part.tell()))
    other.start()
    other.join()
    assert seen == [0] and part.tell() == 5
    assert part.read(3) == bytes([15, 16, 17]) and part.tell() == 8
    assert part.get(18, 10) == bytes([28, 29])  # not past the window's end
    assert part.read() == bytes(range(18, 30))
