"""What the benchmark scripts share (bench/common.py): one percentile for all of them."""

from __future__ import annotations

import math

import pytest
from helpers import ROOT

from bench.common import percentile

TEN = [float(v) for v in range(10, 0, -1)]  # 10, 9, ..., 1: unsorted on purpose


@pytest.mark.parametrize(
    ("values", "p", "expected"),
    [
        (TEN, 50, 5.0),
        (TEN, 95, 10.0),
        (TEN, 90, 9.0),
        (TEN, 10, 1.0),
        (TEN, 0, 1.0),
        (TEN, 100, 10.0),
        ([3.0], 99, 3.0),
        ([float(v) for v in range(1, 201)], 95, 190.0),
        ([float(v) for v in range(1, 201)], 99, 198.0),
    ],
)
def test_percentile_is_the_nearest_rank(values: list[float], p: float, expected: float) -> None:
    assert percentile(values, p) == expected


def test_no_values_no_percentile() -> None:
    assert math.isnan(percentile([], 50))


def test_every_bench_script_uses_the_one_percentile() -> None:
    for script in sorted((ROOT / "bench").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        assert script.name == "common.py" or "def percentile" not in text, script.name
