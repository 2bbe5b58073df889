"""The stage benchmark: memory and time filed under the stage a run is in."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "stages.py"


@pytest.fixture(scope="module")
def stages():
    spec = importlib.util.spec_from_file_location("bench_stages", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ARTICLES = [
    {"id": "c1", "title": "Hafen", "body": "Der Hamburger Hafen wächst weiter.\nZweite Zeile."},
    {"id": "c2", "title": "Straßenbahn", "body": "Die Straßenbahn fährt wieder nach Plan."},
    {"id": "hl-1", "title": "Kohleausstieg beschlossen", "date": "2020-01-16"},
]


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        (
            "project",
            [
                "run",
                "open, read ids",
                "prepare + write",
                "  complete evidence",
                "  commit",
                "  last merges",
                "keep evidence",
                "group stories",
                "record run",
            ],
        ),
        ("baseline", ["run", "  commit"]),
    ],
)
def test_each_stage_of_a_run_is_timed_once_and_the_functions_put_back(
    stages, tmp_path, engine, expected
):
    import whoosh.writing

    import index.build

    before = (
        index.build._existing,
        index.build.stories.refresh,
        whoosh.writing.SegmentWriter.commit,
    )
    scale = sys.modules["bench.scale"]
    paths = scale.write_input(tmp_path / "input", ARTICLES)
    (tmp_path / "ix").mkdir()
    result = stages.measure(engine, str(tmp_path / "ix"), paths, trace=False, top=5)
    ran = [name for name in result["order"] if result["rows"][name]["calls"]]
    assert ran == expected
    for name in ran:
        row = result["rows"][name]
        assert row["calls"] == 1
        assert 0 < row["in"] <= row["peak"] and row["out"] <= row["peak"]
    assert result["rows"]["run"]["wall"] >= max(result["rows"][n]["wall"] for n in ran[1:])
    assert result["hwm"] > 0
    after = (
        index.build._existing,
        index.build.stories.refresh,
        whoosh.writing.SegmentWriter.commit,
    )
    assert after == before


@pytest.mark.parametrize(
    ("nesting", "calls"),
    [
        (["a"], {"a": 1}),
        (["a", "b"], {"a": 1, "b": 1}),
        (["a", "a"], {"a": 2}),
    ],
)
def test_nested_stages_count_their_calls(stages, nesting, calls):
    marks = stages.Stages(trace=False, top=1)

    def enter(names):
        if names:
            with marks.stage(names[0]):
                enter(names[1:])

    enter(nesting)
    assert {n: marks.rows[n]["calls"] for n in marks.order} == calls
    assert marks.stack == ["start"]
