"""The SQLite FTS5 reference engine of the benchmarks: German stems on both sides, bm25 order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import fts5  # noqa: E402

ARTICLES = [
    ("a", "Hafen wächst", "Der Hamburger Hafen schlägt mehr Container um als im Vorjahr."),
    ("b", "Bahnstreik", "Die Lokführer streiken; Züge fallen aus. Der Hafen ist nicht betroffen."),
    ("c", "Wahl in Bayern", "Die Wähler in Bayern haben entschieden."),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("fts5")
    assert fts5.index(str(out), iter(ARTICLES)) == 3
    assert fts5.exists(out)
    return str(out)


@pytest.mark.parametrize(
    ("query", "first", "found"),
    [
        ("Häfen Container", "a", {"a", "b"}),  # stems: "Häfen" and "Hafen" meet
        ("streikten Lokführer", "b", {"b"}),
        ("Wähler", "c", {"c"}),
        ('"Hafen', "a", {"a", "b"}),  # a stray quote is only a character
        ("?!", None, set()),
    ],
)
def test_search_finds_by_stem_in_bm25_order(
    folder: str, query: str, first: str | None, found: set[str]
) -> None:
    hits = fts5.searcher(folder, snippets=False)(query)
    assert {h[0] for h in hits} == found
    assert (hits[0][0] if hits else None) == first


def test_snippet_marks_the_stems(folder: str) -> None:
    ((article_id, snippet),) = fts5.searcher(folder, snippets=True)("Container")
    assert article_id == "a" and "<b>contain</b>" in snippet
