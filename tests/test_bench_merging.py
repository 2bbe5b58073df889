"""bench/merging.py: an index of many segments built, merged by both sides, figures printed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DEMO, ROOT


@pytest.mark.parametrize(("what", "left"), [("all", 1), ("tier", 6)])
def test_both_merges_are_measured(tmp_path: Path, what: str, left: int) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "merging.py"), str(DEMO)]
        + ["--commit-every", "5", "--rounds", "1", "--what", what],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    rounds = [line for line in proc.stdout.splitlines() if line.startswith("round 1")]
    assert [line.split()[2] for line in rounds] == ["whoosh", "bounded"]
    for line in rounds:
        merged = re.search(r"(\d+) of (\d+) segments merged, (\d+) left", line)
        assert merged is not None, line
        assert int(merged[2]) == 9 and int(merged[3]) == left
    assert "bounded/whoosh time" in proc.stdout
