"""A decimal is one number: its pieces are not figures a number word or a figure finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import index_paths
from search.archive import Archive

# Each article holds "Mittelmeer" and one way of writing a number.
ARTICLES = {
    "decimal": "Die Zahl der Boote im Mittelmeer stieg um 6,5 Prozent.",
    "figure": "Seit 6 Tagen treibt ein Boot auf dem Mittelmeer.",
    "word": "Seit sechs Tagen treibt ein Boot auf dem Mittelmeer.",
    "listed": "Die Boote 6,5,7 liegen im Hafen am Mittelmeer.",
}
FILLER = (
    " Das Blatt berichtete am Abend ausführlich darüber, und viele Leser schrieben"
    " der Redaktion ihre Meinung zu den Ereignissen der vergangenen Woche."
)


@pytest.fixture(scope="module")
def numbers_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """An index of one article per way of writing a number."""
    root = tmp_path_factory.mktemp("numbers")
    lines = [
        json.dumps(
            {"id": key, "title": f"Meldung {n}", "body": text + FILLER, "source": "Test"},
            ensure_ascii=False,
        )
        for n, (key, text) in enumerate(ARTICLES.items())
    ]
    (root / "numbers.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = index_paths(root / "index", [Path(root / "numbers.jsonl")])
    assert summary.indexed == len(ARTICLES), summary.as_dict()
    return Archive(root / "index")


@pytest.mark.parametrize(
    ("typed", "article", "holds"),
    [
        # A number word and a figure find the figure and the word.
        ("sechs", "figure", True),
        ("sechs", "word", True),
        ("6", "word", True),
        # Not the pieces of a decimal: 6,5 is neither six nor five.
        ("sechs", "decimal", False),
        ("6", "decimal", False),
        ("fünf", "decimal", False),
        # The decimal typed finds it whole.
        ("6,5", "decimal", True),
        ("6,5", "figure", False),
        # Figures listed with commas are figures each.
        ("sechs", "listed", True),
        ("sieben", "listed", True),
    ],
)
def test_a_decimal_is_one_number(
    numbers_archive: Archive, typed: str, article: str, holds: bool
) -> None:
    result = numbers_archive.search(f"Mittelmeer {typed}", size=50, snippets=False)
    (hit,) = [h for h in result.hits if h.id == article]
    assert (hit.missing == []) is holds, hit.missing


@pytest.mark.parametrize(
    ("typed", "marked", "unmarked"),
    [
        ("6,5 Prozent", "<mark>6,5</mark>", "<mark>6</mark>"),
        ("sechs Prozent", "<mark>Prozent</mark>", "<mark>6</mark>"),
    ],
)
def test_a_snippet_marks_a_decimal_whole(
    numbers_archive: Archive, typed: str, marked: str, unmarked: str
) -> None:
    result = numbers_archive.search(typed, size=10, snippets=True)
    (hit,) = [h for h in result.hits if h.id == "decimal"]
    assert marked in hit.snippet and unmarked not in hit.snippet, hit.snippet
