"""bench/load.py: a short run against a real server over the news index."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from helpers import ROOT


def _load_module():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_load_script_reports_figures(news_index: Path, tmp_path: Path, capsys) -> None:
    queries = tmp_path / "queries.tsv"
    queries.write_text(
        "qid\tquery\ttarget\n"
        "1\tHafen Bremerhaven\tweserbote/2022-05-10_hafen-ausbau\n"
        "2\tWie lange dauern die Bauarbeiten?\tweserbote/2021-09-03_deichschau\n",
        encoding="utf-8",
    )
    load = _load_module()
    argv = ["--index", str(news_index), "--clients", "3", "--seconds", "1.5", "--threads", "2"]
    argv += ["--queries", str(queries), "--log", str(tmp_path / "serve.log"), "--json"]
    assert load.main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["requests"] > 0 and report["errors"] == 0
    assert set(report["by_kind"]) <= {"page", "api", "article", "complete"}
    assert 0 < report["median_ms"] <= report["p95_ms"] <= report["p99_ms"] <= report["max_ms"]
    assert all(k.endswith(" 200") for k in report["statuses"])
