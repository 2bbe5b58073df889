"""Checking and repairing real indexes whose real segment files were truncated, corrupted
or removed: the damage is named, the rest stays searchable, a re-run restores it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from generated import index_in_runs
from indexes import Archive, corrupt, segment_files, truncate

from index import manifest
from index.build import index_paths
from index.check import check, repair
from index.store import IndexDamaged, IndexLocked, open_index, run_lock
from index.whoosh_write import latest_toc
from web.cli import main

RUNS, PER_RUN = 3, 30


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """An index of three runs (a segment each), built once and copied by each test."""
    return index_in_runs(tmp_path_factory.mktemp("built"), RUNS, PER_RUN)


@pytest.fixture()
def index_dir(tmp_path: Path, built: tuple[Path, list[Path]]) -> Path:
    copy = tmp_path / "index"
    shutil.copytree(built[0], copy)
    return copy


def _run_of(built: tuple[Path, list[Path]], segment: Path) -> Path:
    """Return the folder of the run whose articles a segment holds."""
    described = manifest.read(segment.parent, segment.name.split(".")[0])
    assert described is not None
    (source,) = {Path(s).parent for s in described.sources}
    assert source in built[1]
    return source


def _remove(path: Path) -> None:
    path.unlink()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "corrupted": corrupt,
    "removed": _remove,
}
# What opening the index tells at once (a stat and the opening of each segment); a
# corrupted file whose size is right is found by check.
FOUND_AT_OPEN = {"truncated", "removed"}


def test_a_sound_index_checks_clean(index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check(index_dir)
    assert (report.segments, report.documents, report.problems) == (RUNS, RUNS * PER_RUN, [])
    assert main(["--index", str(index_dir), "check"]) == 0
    assert (
        capsys.readouterr().out
        == f"{RUNS} segments, {RUNS * PER_RUN} articles: no problems found\n"
    )


@pytest.mark.parametrize("described", [True, False], ids=["manifest", "no-manifest"])
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_segment_is_named_dropped_and_restored(
    index_dir: Path,
    built: tuple[Path, list[Path]],
    capsys: pytest.CaptureFixture[str],
    damage: str,
    described: bool,
) -> None:
    target = segment_files(index_dir)[1]
    run = _run_of(built, target)
    if not described:
        # As an index written before segments had manifests.
        for path in index_dir.glob(f"*{manifest.SUFFIX}"):
            path.unlink()
    DAMAGE[damage](target)

    # Opening names the file and says what to do, instead of a traceback.
    if damage in FOUND_AT_OPEN:
        with pytest.raises(IndexDamaged) as caught:
            Archive(index_dir)
        assert caught.value.repairable
        assert target.name in str(caught.value) or target.name.split(".")[0] in str(caught.value)
        assert "check --repair" in str(caught.value)
        assert main(["--index", str(index_dir), "search", "Stadtrat"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("newsarchive: The index in") and err.count("\n") == 1

    # check: one line per problem, naming the file; exit 1.
    report = check(index_dir)
    segment_id = target.name.split(".")[0]
    assert report.damaged() == [segment_id]
    assert report.documents == (RUNS - 1) * PER_RUN
    assert main(["--index", str(index_dir), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{target.name}: ") or out[0].startswith(f"segment {segment_id}")
    assert out[-1].startswith(f"1 of {RUNS} segments damaged")

    # check --repair: the damaged segment goes, the rest stays searchable, and the files
    # whose articles are lost are named (from the manifest, or what is still readable).
    assert main(["--index", str(index_dir), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert f"dropped 1 damaged segments ({PER_RUN} articles)" in out
    named = [line.strip() for line in out.splitlines() if line.startswith("  ")]
    if described:
        assert named == sorted(str(p) for p in run.iterdir())
    else:
        # Without a manifest the documents' origins tell, if they can still be read.
        assert named == sorted(str(p) for p in run.iterdir()) or (
            not named and "index the whole archive again" in out
        )
    assert check(index_dir).problems == []
    assert not [n for n in os.listdir(index_dir) if n.startswith(segment_id)]
    archive = Archive(index_dir)
    assert archive.stats()["documents"] == (RUNS - 1) * PER_RUN
    archive.close()

    # Indexing the archive again restores the lost articles, and only them.
    summary = index_paths(index_dir, built[1], workers=1)
    assert (summary.indexed, summary.unchanged) == (PER_RUN, (RUNS - 1) * PER_RUN)
    assert check(index_dir).problems == []
    assert Archive(index_dir).stats()["documents"] == RUNS * PER_RUN


def test_a_damaged_table_of_segments_asks_for_a_rebuild(
    index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    toc = latest_toc(index_dir)
    assert toc is not None
    truncate(toc, 0.3)
    with pytest.raises(IndexDamaged, match="index --rebuild") as caught:
        open_index(index_dir)
    assert toc.name in str(caught.value) and not caught.value.repairable
    report = check(index_dir)
    assert [p.file for p in report.problems] == [toc.name] and not report.repairable()
    assert main(["--index", str(index_dir), "check"]) == 1
    assert "rebuild it" in capsys.readouterr().out
    with pytest.raises(IndexDamaged, match="index --rebuild"):
        repair(index_dir)
    assert main(["--index", str(index_dir), "check", "--repair"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsarchive: The index in {index_dir} is damaged: {toc.name}")


def test_leftovers_are_reported_and_repaired(
    index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (index_dir / "MAIN_abandoned.seg").write_bytes(b"half a segment")
    (index_dir / ".MAIN_abandoned.tmp").mkdir()
    report = check(index_dir)
    assert report.problems == []
    assert report.leftovers == [".MAIN_abandoned.tmp", "MAIN_abandoned.seg"]
    assert main(["--index", str(index_dir), "check"]) == 0
    assert "2 files left by interrupted runs" in capsys.readouterr().out
    done = repair(index_dir)
    assert done.dropped == []
    assert check(index_dir).leftovers == []


def test_repair_waits_for_no_run(index_dir: Path) -> None:
    with run_lock(index_dir):
        # A run holds the lock: its unfinished files are no leftovers, and no repair.
        (index_dir / "MAIN_running.seg").write_bytes(b"being written")
        assert check(index_dir).leftovers == []
        with pytest.raises(IndexLocked):
            repair(index_dir)
    assert open_index(index_dir) is not None
