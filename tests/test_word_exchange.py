"""Words handed between the processes of a run: each takes every whole frame the others
put, in order, once, and never its own; a frame being written waits for the next look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from index.word_exchange import FRAME, SUFFIX, Exchange

FRAMES: list[Any] = [
    {"key": {"Haus": "haus"}},
    {"key": {"Jong-un": ((("jongun", 0), ("jong", 0), ("un", 1)), 2)}, "other": {"der": ((), 1)}},
    {"key": {f"Wort{n}": f"wort{n}" for n in range(2_000)}},
]


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_the_others_take_what_one_puts_in_order_and_once(tmp_path: Path, count: int) -> None:
    a, b, c = (Exchange(tmp_path, name) for name in ("0", "1", "2"))
    for frame in FRAMES[:count]:
        a.put(frame)
    assert a.take() == []  # never its own
    assert b.take() == FRAMES[:count]
    assert b.take() == []  # taken once
    assert c.take() == FRAMES[:count]
    b.put(FRAMES[0])
    assert a.take() == [FRAMES[0]]
    assert c.take() == [FRAMES[0]]


@pytest.mark.parametrize("cut", [1, FRAME.size, FRAME.size + 1, -1])
def test_a_frame_being_written_is_taken_once_whole(tmp_path: Path, cut: int) -> None:
    a, b = Exchange(tmp_path, "0"), Exchange(tmp_path, "1")
    a.put(FRAMES[0])
    whole = (tmp_path / f"0{SUFFIX}").read_bytes()
    a.put(FRAMES[1])
    second = (tmp_path / f"0{SUFFIX}").read_bytes()[len(whole) :]
    # The file as another process finds it while the second frame is half written.
    (tmp_path / f"0{SUFFIX}").write_bytes(whole + second[:cut])
    assert b.take() == [FRAMES[0]]
    assert b.take() == []
    (tmp_path / f"0{SUFFIX}").write_bytes(whole + second)
    assert b.take() == [FRAMES[1]]


def test_a_missing_folder_gives_nothing(tmp_path: Path) -> None:
    a = Exchange(tmp_path / "gone", "0")
    a.put(FRAMES[0])
    assert a.take() == []
    assert Exchange(tmp_path / "gone", "1").take() == []
