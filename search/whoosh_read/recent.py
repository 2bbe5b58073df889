"""Keep the posting values a thread just decoded at hand for its next steps."""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager

# The values of the posting lists a thread decoded last without keeping them (what ranking
# reads), while values_wanted(): a question's reranking asks for the positions of the same
# words in its top hits right after, which would decode the same lists again. Per thread,
# at most RECENT_VALUES values (a few MB), forgotten when full. Otherwise a list decoded
# without its values makes none (decode_postings_values).
RECENT_VALUES = 100_000
_RECENT = threading.local()


@contextmanager
def values_wanted(wanted: bool | Collection[tuple[str, bytes]] = True) -> Iterator[None]:
    """Within, keep the values of the posting lists this thread decodes at hand for it
    (wanted: of every list, of none, or of the (field, term) pairs given: the others are
    decoded without their values, which costs less)."""
    before = getattr(_RECENT, "wanted", False)
    _RECENT.wanted = wanted
    try:
        yield
    finally:
        _RECENT.wanted = before


def _wanted(fieldname: str, text: bytes) -> bool:
    """Tell whether this thread keeps the values of a term's lists at hand."""
    wanted = getattr(_RECENT, "wanted", False)
    if isinstance(wanted, bool):
        return wanted
    return (fieldname, text) in wanted


def _recent_values() -> dict[tuple[str, str, bytes], tuple[bytes, ...]]:
    """Return this thread's recently decoded values by (segment, field, term)."""
    found: dict[tuple[str, str, bytes], tuple[bytes, ...]] | None = getattr(_RECENT, "values", None)
    if found is None:
        found = _RECENT.values = {}
        _RECENT.count = 0
    return found


def _remember_values(key: tuple[str, str, bytes], values: tuple[bytes, ...]) -> None:
    """Keep the values of a posting list just decoded for this thread's next steps."""
    recent = _recent_values()
    if _RECENT.count + len(values) > RECENT_VALUES:
        recent.clear()
        _RECENT.count = 0
    if len(values) <= RECENT_VALUES:
        recent[key] = values
        _RECENT.count += len(values)
