"""The stage clock: each stage's function is there to be timed, outermost calls counted."""

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "stage_times.py"


def _load() -> Any:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("bench_stage_times", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STAGE_TIMES = _load()


@pytest.mark.parametrize(
    ("label", "module", "owner", "name"), STAGE_TIMES.STAGES, ids=[s[0] for s in STAGE_TIMES.STAGES]
)
def test_every_stage_names_a_function_of_this_checkout(
    label: str, module: str, owner: str, name: str
) -> None:
    # A stage whose function was renamed or moved would silently print nothing.
    target = importlib.import_module(module)
    if owner:
        target = getattr(target, owner)
    assert callable(getattr(target, name)), label


class _Work:
    """Functions calling each other, as a search's stages do."""

    def outer(self, depth: int) -> int:
        return self.inner(depth) + (self.outer(depth - 1) if depth else 0)

    def inner(self, depth: int) -> int:
        return depth


@pytest.mark.parametrize(
    ("depth", "outer_calls", "inner_calls"),
    [
        (0, 1, 1),
        (2, 1, 3),  # recursion: the outermost call alone is clocked
    ],
)
def test_the_clock_counts_the_outermost_call_of_each_stage(
    depth: int, outer_calls: int, inner_calls: int
) -> None:
    ticks: list[float] = []

    def clock() -> float:
        ticks.append(1.0)
        return float(len(ticks))

    timer = STAGE_TIMES.Clock(clock)
    work = _Work()
    timer.wrap(work, "outer", "outer")
    timer.wrap(work, "inner", "inner")
    work.outer(depth)
    # Each clocked call reads the clock twice: at its start and at its end.
    assert len(ticks) == 2 * (outer_calls + inner_calls)
    assert set(timer.now) == {"outer", "inner"}
