"""A bounded least-recently-used store shared by threads, sized by what its values cost.

Searches of one process ask for the same words again and again (a story's names, the
common words of questions); what is worked out per word from files that never change (a
segment's decoded postings) is kept here instead of being read and decoded anew.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Lru(Generic[V]):
    """Keep values up to a total cost (bytes, say), the least recently used dropped first.

    A value costing more than the whole budget is not kept. Values are shared: callers
    must not change them.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._cost = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> V | None:
        """Return the value kept for key (None if none), marking it recently used."""
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, key: Hashable, value: V, cost: int) -> None:
        """Keep a value at a cost, dropping the least recently used ones to stay in budget."""
        if cost > self.budget:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._cost -= old[1]
            self._items[key] = (value, cost)
            self._cost += cost
            while self._cost > self.budget:
                _, (_, dropped) = self._items.popitem(last=False)
                self._cost -= dropped

    def kept(self, key: Hashable, make: Callable[[], tuple[V, int]]) -> V:
        """Return the value kept for key, else make it (value and cost) and keep it."""
        found = self.get(key)
        if found is None:
            found, cost = make()
            self.put(key, found, cost)
        return found

    @property
    def cost(self) -> int:
        """Return the total cost of the values kept."""
        return self._cost

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        """Drop every value."""
        with self._lock:
            self._items.clear()
            self._cost = 0
