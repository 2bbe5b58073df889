"""The bounded store of search.lru: what it keeps, what it drops, in which order."""

from __future__ import annotations

import threading

import pytest

from search.lru import Lru


@pytest.mark.parametrize(
    ("budget", "puts", "reads", "kept"),
    [
        # Within budget: everything kept.
        (10, [("a", 3), ("b", 3), ("c", 3)], [], ["a", "b", "c"]),
        # Over budget: the least recently put dropped first.
        (10, [("a", 4), ("b", 4), ("c", 4)], [], ["b", "c"]),
        # A read makes a value recent: the other one goes.
        (10, [("a", 4), ("b", 4)], ["a"], ["a", "b"]),
        (8, [("a", 4), ("b", 4), ("c", 4)], [], ["b", "c"]),
        # A value costing more than the budget is not kept, and drops nothing.
        (10, [("a", 4), ("big", 11)], [], ["a"]),
        # The same key again replaces its value and cost.
        (10, [("a", 4), ("a", 9)], [], ["a"]),
    ],
)
def test_kept_within_budget(
    budget: int, puts: list[tuple[str, int]], reads: list[str], kept: list[str]
) -> None:
    lru: Lru[str] = Lru(budget)
    for key, cost in puts[:2]:
        lru.put(key, key.upper(), cost)
    for key in reads:
        assert lru.get(key) == key.upper()
    for key, cost in puts[2:]:
        lru.put(key, key.upper(), cost)
    assert sorted(k for k in {p[0] for p in puts} if lru.get(k) is not None) == kept
    assert lru.cost <= budget
    assert len(lru) == len(kept)


def test_kept_makes_once() -> None:
    lru: Lru[list[int]] = Lru(100)
    made: list[int] = []

    def make() -> tuple[list[int], int]:
        made.append(1)
        return [1, 2], 2

    first = lru.kept("k", make)
    assert lru.kept("k", make) is first
    assert made == [1]
    assert (lru.hits, lru.misses) == (1, 1)
    lru.clear()
    assert len(lru) == 0 and lru.cost == 0


def test_threads_keep_the_budget() -> None:
    lru: Lru[int] = Lru(50)

    def work(start: int) -> None:
        for i in range(start, start + 500):
            lru.put(i % 97, i, 1 + i % 5)
            lru.get((i * 7) % 97)

    threads = [threading.Thread(target=work, args=(n * 1000,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert lru.cost <= 50
    assert lru.cost == sum(1 + v % 5 for k in range(97) if (v := lru.get(k)) is not None)
