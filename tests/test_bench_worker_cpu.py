"""bench/worker_cpu.py: a worker's share of indexing in one process, each stage's CPU
seconds, with this checkout's code or another's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DEMO, ROOT


@pytest.mark.parametrize("other_code", [False, True], ids=["this-code", "other-code"])
def test_a_measurement_times_each_stage(tmp_path: Path, other_code: bool) -> None:
    code = ROOT
    if other_code:  # a copy of the project's code: the child indexes with it
        code = tmp_path / "code"
        shutil.copytree(ROOT / "index", code / "index")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "worker_cpu.py"), "--child"]
        + ["--code", str(code), "--index", str(tmp_path / "index"), str(DEMO)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=code,
        env={**os.environ, "NEWSARCHIVE_TERMS_CACHE": str(tmp_path / "terms")},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["articles"] == 45
    stages = [result[s] for s in ("prepare", "add", "finish")]
    assert all(s > 0 for s in stages)
    assert result["total"] >= sum(stages) * 0.99
