"""The newsarchive command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DEMO

from index.store import open_index
from web.cli import main


def test_index_search_stats(tmp_path, capsys) -> None:
    index = str(tmp_path / "ix")
    assert main(["--index", index, "index", "--no-progress", str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert "indexed 45, updated 0, unchanged 0, skipped 0" in out

    assert main(["--index", index, "search", "--json", "Kim", "Jong-un"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["hits"][0]["id"] == "nordkurier-digital/2023-09-13_kim-putin-gipfel"

    assert main(["--index", index, "search", "Waffenlieferungen"]) == 0
    assert "3 Treffer" in capsys.readouterr().out

    assert main(["--index", index, "stats"]) == 0
    out = capsys.readouterr().out
    assert "articles:   45" in out and "de 40, en 5" in out


def test_environment_selects_the_index(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("NEWSARCHIVE_INDEX", str(tmp_path / "env-ix"))
    assert main(["index", "--no-progress", str(DEMO / "alpenpost")]) == 0
    assert (tmp_path / "env-ix" / "newsarchive.json").exists()


def test_missing_index_is_reported(tmp_path, capsys) -> None:
    assert main(["--index", str(tmp_path / "none"), "search", "x"]) == 1
    assert "No index" in capsys.readouterr().err


def test_search_with_filters_and_sort(news_index, capsys) -> None:
    args = ["--index", str(news_index), "search", "--json", "Flüchtlinge"]
    assert main([*args, "--source", "rheinblick", "--from", "2020", "--sort", "newest"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["date"] for h in data["hits"]] == ["2024-02-20", "2023-05-10"]
    assert main([*args, "--from", "2020-13"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_index_optimize_leaves_one_segment(tmp_path, capsys) -> None:
    index = str(tmp_path / "ix")
    for source in ("alpenpost", "rheinblick"):
        assert main(["--index", index, "index", "--no-progress", str(DEMO / source)]) == 0
    capsys.readouterr()
    assert main(["--index", index, "index", "--optimize", "--json", str(DEMO)]) == 0
    summary = json.loads(capsys.readouterr().out)
    # Two earlier runs and this one (the third source) each wrote a segment.
    assert summary["merged_segments"] == 3
    with open_index(index).reader() as reader:
        assert reader.is_atomic()


@pytest.mark.parametrize(
    "argv",
    [
        ["--index", "{ix}", "search", "--json", "Hafen"],
        ["search", "--index", "{ix}", "--json", "Hafen"],
        ["search", "--json", "Hafen", "--index", "{ix}"],
    ],
)
def test_global_options_go_before_or_after_the_subcommand(
    demo_index: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([a.replace("{ix}", str(demo_index)) for a in argv]) == 0
    assert json.loads(capsys.readouterr().out)["total"] > 0


@pytest.mark.parametrize("where", ["before", "after"])
def test_index_option_after_index_subcommand(
    tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(tmp_path / "ix")
    source = str(DEMO / "alpenpost")
    argv = (
        ["--index", index, "index", "--no-progress", source]
        if where == "before"
        else ["index", "--index", index, "--no-progress", source]
    )
    assert main(argv) == 0
    assert "indexed 16," in capsys.readouterr().out
    assert main(["stats", "--json", "--index", index]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 16


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("newsarchive ")


def test_output_into_a_closed_pipe_ends_quietly(demo_index: Path) -> None:
    # `newsarchive search … | head -0`: the reader is gone before the first line (the
    # command takes a good while to start), so every write meets a closed pipe.
    cmd = [sys.executable, "-c", "import sys; from web.cli import main; sys.exit(main())"]
    search = subprocess.Popen(
        [*cmd, "--index", str(demo_index), "search", "--size", "20", "die"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert search.stdout is not None
    search.stdout.close()
    _, err = search.communicate(timeout=60)
    assert err == b""
    assert search.returncode in (0, 141)


def _copy_sources(tmp_path: Path, names: list[str]) -> list[Path]:
    """Copy demo sources into tmp_path, so a test may remove them."""
    import shutil

    copies = []
    for name in names:
        shutil.copytree(DEMO / name, tmp_path / name)
        copies.append(tmp_path / name)
    return copies


@pytest.mark.parametrize(
    ("old_format", "unrecorded", "remove", "code", "said"),
    [
        (False, False, False, 0, "indexed 31, updated 0, unchanged 0"),
        (True, False, False, 0, "indexed 31, updated 0, unchanged 0"),
        # An index from before the runs' paths were recorded: its segments' manifests
        # name the archive files.
        (True, True, False, 0, "indexed 31, updated 0, unchanged 0"),
        (False, False, True, 2, "files this index was built from are gone"),
        (True, True, True, 2, "files this index was built from are gone"),
    ],
)
def test_rebuild_without_paths_reads_the_recorded_sources(
    tmp_path, capsys, old_format: bool, unrecorded: bool, remove: bool, code: int, said: str
) -> None:
    index = tmp_path / "ix"
    sources = _copy_sources(tmp_path, ["alpenpost", "rheinblick"])
    for folder in sources:
        assert main(["--index", str(index), "index", "--no-progress", str(folder)]) == 0
    meta_path = index / "newsarchive.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["sources"] == sorted(str(p.resolve()) for p in sources)
    if old_format:
        meta["postings_format"] = 1
        if unrecorded:
            del meta["sources"]
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
        assert main(["--index", str(index), "stats"]) == 1
    if remove:
        import shutil

        shutil.rmtree(sources[1])
    capsys.readouterr()

    assert main(["--index", str(index), "index", "--rebuild", "--no-progress"]) == code
    out, err = capsys.readouterr()
    assert said in (out if code == 0 else err)
    if code == 0:
        assert main(["--index", str(index), "stats"]) == 0
        read_from = [ln for ln in capsys.readouterr().out.splitlines() if "read from" in ln]
        if unrecorded:  # the rebuild records the manifests' files
            assert len(read_from[0].split(", ")) == 31
        else:
            assert read_from == ["read from:  " + ", ".join(meta["sources"])]


def test_index_without_paths_or_sources_says_what_to_give(tmp_path, capsys) -> None:
    assert main(["--index", str(tmp_path / "ix"), "index", "--no-progress"]) == 2
    assert "give the files or folders" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("runs", "recorded"),
    [
        # A file of a folder indexed before, and the folder after its file: the folder.
        ([["alpenpost"], ["alpenpost/FILE"]], ["alpenpost"]),
        ([["alpenpost/FILE"], ["alpenpost"]], ["alpenpost"]),
        # Side by side, both stay.
        ([["alpenpost"], ["rheinblick/FILE"]], ["alpenpost", "rheinblick/FILE"]),
    ],
)
def test_recorded_sources_hold_no_path_inside_another(
    tmp_path, capsys, runs: list[list[str]], recorded: list[str]
) -> None:
    _copy_sources(tmp_path, ["alpenpost", "rheinblick"])

    def path(name: str) -> Path:
        folder, _, rest = name.partition("/")
        first = sorted((tmp_path / folder).iterdir())[0]
        return first if rest else tmp_path / folder

    index = tmp_path / "ix"
    for run in runs:
        assert (
            main(["--index", str(index), "index", "--no-progress", *map(str, map(path, run))]) == 0
        )
    meta = json.loads((index / "newsarchive.json").read_text(encoding="utf-8"))
    assert meta["sources"] == sorted(str(path(name).resolve()) for name in recorded)
    capsys.readouterr()
    assert main(["--index", str(index), "index", "--rebuild", "--no-progress", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["repeated_ids"] == 0
