"""The index on disk: one run at a time, and a damaged index named, not crashed on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index import store
from index.build import index_paths
from index.store import IndexDamaged, IndexLocked, StoreError, lock_path, open_index, run_lock
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


# -- a damaged index is named ------------------------------------------------------------


@pytest.mark.parametrize("committed_meanwhile", [True, False])
def test_a_segment_that_fails_to_open_is_damage_only_if_the_table_stayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, committed_meanwhile: bool
) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "faehre.txt").write_text(PAGE, encoding="utf-8")
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder])
    real = store._open_checked
    calls: list[int] = []

    def first_fails(index_dir: Path, storage: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            if committed_meanwhile:
                # Another process commits: the table names other segments now.
                (folder / "neu.txt").write_text(PAGE.replace("Fähre", "Brücke"), "utf-8")
                index_paths(index_dir, [folder])
            raise IndexDamaged(index_dir, "MAIN_x.seg", "FileNotFoundError", repairable=True)
        return real(index_dir, storage)

    monkeypatch.setattr(store, "_open_checked", first_fails)
    if committed_meanwhile:
        # Opened again after the failure (the run in between opened it too).
        assert open_index(index_dir).doc_count() == 2
        assert len(calls) > 2
    else:
        with pytest.raises(IndexDamaged, match="MAIN_x.seg cannot be read"):
            open_index(index_dir)
        assert len(calls) == 1


def test_the_damage_message_names_the_file_and_what_to_do(tmp_path: Path) -> None:
    repairable = IndexDamaged(tmp_path, "MAIN_ab.seg", "EOFError", repairable=True)
    assert str(repairable) == (
        f"The index in {tmp_path} is damaged: MAIN_ab.seg cannot be read (EOFError); run "
        f"`newsarchive --index {tmp_path} check --repair` to drop the damaged segment, then "
        "index the archive again to restore its articles."
    )
    table = IndexDamaged(tmp_path, "_MAIN_3.toc", "EOFError", repairable=False)
    assert str(table).endswith(
        f"rebuild it with `newsarchive --index {tmp_path} index --rebuild PATH...`."
    )
    assert isinstance(table, StoreError) and table.file == "_MAIN_3.toc"
