"""Shares of a py-spy profile: samples filed under their process, own and inclusive."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "pyspy_shares.py"


@pytest.fixture(scope="module")
def shares():
    spec = importlib.util.spec_from_file_location("bench_pyspy_shares", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


MAIN = 'process 10:"python run.py"'
WORKER = 'process 11:"python run.py"'
LINES = [
    f"{MAIN};main (run.py:3);read (index/readers.py:9) 4\n",
    f"{MAIN};{WORKER};work (index/prepare.py:5);detect (index/language.py:7) 6\n",
    f"{MAIN};{WORKER};work (index/prepare.py:5) 2\n",
    "main (run.py:3);add (/x/site-packages/whoosh/writing.py:1) 3\n",
]


@pytest.mark.parametrize(
    ("process", "samples", "own", "inclusive"),
    [
        ("main 10", 4, {"read (index/readers.py:9)": 4}, {"work (": 0, "read (": 4}),
        (
            "worker 11",
            8,
            {"detect (index/language.py:7)": 6, "work (index/prepare.py:5)": 2},
            {"work (": 8, "read (": 0},
        ),
        ("one process", 3, {"add (/x/site-packages/whoosh/writing.py:1)": 3}, {"work (": 0}),
    ],
)
def test_samples_are_filed_under_their_process(shares, process, samples, own, inclusive):
    found = shares.parse(LINES, ["work (", "read ("])
    p = found[process]
    assert p.samples == samples
    assert dict(p.own) == own
    assert {mark: p.inclusive[mark] for mark in inclusive} == inclusive


@pytest.mark.parametrize(
    ("frame", "file"),
    [
        ("add (/x/site-packages/whoosh/writing.py:1)", "whoosh"),
        ("wait (/usr/lib/python3.11/threading.py:331)", "stdlib threading.py"),
        ("work (index/prepare.py:5)", "index/prepare.py"),
    ],
)
def test_files_are_shortened_to_their_package(shares, frame, file):
    assert shares.short_file(frame) == file
