"""The newsarchive command."""

from __future__ import annotations

import json

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
