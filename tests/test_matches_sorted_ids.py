"""The union of sorted arrays of document numbers."""

from __future__ import annotations

import numpy as np
import pytest

from search.matches import union


def _ids(*values: int) -> np.ndarray:
    return np.array(sorted(set(values)), dtype=np.int64)


@pytest.mark.parametrize(
    "parts",
    [
        [],
        [_ids()],
        [_ids(3)],
        [_ids(1, 5, 9), _ids()],
        [_ids(1, 5, 9), _ids(2, 5, 10)],
        [_ids(7), _ids(7), _ids(7)],
        [_ids(*range(0, 1000, 3)), _ids(*range(0, 1000, 5)), _ids(999, 1000)],
    ],
)
def test_union_is_numpys_unique_of_the_parts(parts: list[np.ndarray]) -> None:
    expected = np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
    found = union(parts)
    assert found.dtype == np.int64
    assert found.tolist() == expected.tolist()
