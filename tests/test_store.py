"""The index on disk: one run at a time, and a damaged index named, not crashed on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.build import index_paths
from index.store import IndexLocked, lock_path, run_lock
from web.cli import main

PAGE = "Neue Fähre verbindet die Ufer\n\nSeit Montag pendelt eine Fähre über den Fluss.\n"


# -- one run at a time -------------------------------------------------------------------


def test_a_second_run_is_refused_while_one_holds_the_lock(tmp_path: Path, capsys) -> None:
    index_dir = tmp_path / "index"
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "faehre.txt").write_text(PAGE, encoding="utf-8")
    with run_lock(index_dir):
        assert lock_path(index_dir).read_text().strip() == str(os.getpid())
        with pytest.raises(IndexLocked, match=f"pid {os.getpid()}"):
            index_paths(index_dir, [folder])
        assert main(["--index", str(index_dir), "index", "--no-progress", str(folder)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("newsarchive: Another indexing run") and err.count("\n") == 1
    assert index_paths(index_dir, [folder]).indexed == 1
