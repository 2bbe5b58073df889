"""Searching while another process indexes: commits show up in an open Archive, and a
rebuild is answered from the old index until the new one is swapped in."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from generated import kennziffer, newsarchive, write_archive

from index.build import index_paths
from index.commit import staging_dir
from search.archive import Archive

pytestmark = pytest.mark.slow


class Searching(threading.Thread):
    """Search an archive over and over, recording totals and errors."""

    def __init__(self, archive: Archive, query: str) -> None:
        super().__init__(daemon=True)
        self.archive, self.query = archive, query
        self.totals: list[int] = []
        self.errors: list[BaseException] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.totals.append(self.archive.search(self.query, collapse=False).total)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                self.errors.append(exc)
            time.sleep(0.005)
        self.archive.close()


def test_searches_answer_while_another_process_commits(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    write_archive(tmp_path / "erst", 10)
    index_paths(index_dir, [tmp_path / "erst"])
    archive = Archive(index_dir)
    searching = Searching(archive, "Nachricht")
    searching.start()
    write_archive(tmp_path / "dann", 1500, start=10)
    proc = newsarchive(
        "--index", str(index_dir), "index", "--no-progress", "--commit-every", "300",
        str(tmp_path / "dann"),
    )  # fmt: skip
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    time.sleep(0.1)
    searching.stop.set()
    searching.join()
    assert searching.errors == []
    totals = searching.totals
    assert totals[0] == 10 and totals == sorted(totals)
    # Commits were seen one by one as the run went on, and all of them in the end.
    assert len(set(totals)) >= 3 and totals[-1] == 1510
    # The archive opened before the run finds what it added, without being re-created.
    assert [h.id for h in archive.search(kennziffer(1234)).hits] == ["art-01234"]
    assert archive.stats()["documents"] == 1510


def test_a_rebuild_is_answered_from_the_old_index_until_it_is_swapped_in(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    write_archive(tmp_path / "alt", 20)
    index_paths(index_dir, [tmp_path / "alt"])
    archive = Archive(index_dir)
    old = Searching(archive, kennziffer(5))
    old.start()
    write_archive(tmp_path / "neu", 1500, start=5000)
    proc = newsarchive(
        "--index", str(index_dir), "index", "--rebuild", "--no-progress", "--commit-every", "300",
        str(tmp_path / "neu"),
    )  # fmt: skip
    # Wait until the new index has commits of its own, beside the old one.
    new_dir = staging_dir(index_dir)
    while proc.poll() is None and not list(new_dir.glob("_MAIN_[1-9]*.toc")):
        time.sleep(0.01)
    assert proc.poll() is None, "the rebuild ended before it could be watched"
    during = archive.search(kennziffer(5)).total, archive.search(kennziffer(5005)).total
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    old.stop.set()
    old.join()
    assert old.errors == []
    assert during == (1, 0)
    # Every search before the swap found the old article; after it, the same archive
    # answers from the new index.
    assert old.totals and set(old.totals) <= {0, 1} and old.totals[0] == 1
    assert archive.search(kennziffer(5)).total == 0
    assert [h.id for h in archive.search(kennziffer(5005)).hits] == ["art-05005"]
    assert archive.stats()["documents"] == 1500
    assert not new_dir.exists()
