"""bench/indexing.py: one measurement in a process of its own, with this checkout's code or
another's, committing as a run does or once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DEMO, ROOT


@pytest.mark.parametrize(
    ("other_code", "commit_once"),
    [(False, False), (False, True), (True, True)],
    ids=["this-code", "commit-once", "other-code"],
)
def test_a_project_measurement(tmp_path: Path, other_code: bool, commit_once: bool) -> None:
    args = ["--child", "project", "--index", str(tmp_path / "index"), str(DEMO)]
    args += ["--workers", "2"]
    if commit_once:
        args.append("--commit-once")
    if other_code:  # a copy of the project's code: the child indexes with it
        shutil.copytree(ROOT / "index", tmp_path / "code" / "index")
        args += ["--code", str(tmp_path / "code")]
    (tmp_path / "index").mkdir()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "indexing.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NEWSARCHIVE_TERMS_CACHE": str(tmp_path / "terms")},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["articles"] == 45
    assert result["segments"] == 2  # one per worker
    assert result["cpu"] > 0 and result["rss_children"] > 0
