"""bench/latency_ab.py: two checkouts searched side by side, query by query."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, shared_path


@pytest.mark.parametrize("other_index", [False, True], ids=["same-index", "base-index"])
def test_a_checkout_against_itself(news_index: Path, tmp_path: Path, other_index: bool) -> None:
    shared_path("eval", "known-item-dev.tsv")  # the queries
    args = ["--rounds", "1", "--queries", "6", "--modes", "plain", "bare"]
    if other_index:  # a copy: the base searches it
        shutil.copytree(news_index, tmp_path / "copy")
        args += ["--base-index", str(tmp_path / "copy")]
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "latency_ab.py"), str(ROOT), str(news_index), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("6 queries x 1 rounds, paired")
    modes = [line.split()[0] for line in lines[1:]]
    assert modes == ["plain", "bare"]
    for line in lines[1:]:
        ratio = float(re.search(r"ratio this/base (\d+\.\d+)", line).group(1))
        assert ratio > 0
