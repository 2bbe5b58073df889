"""Compound splitting and its lexicon, kept in a cache file and read back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import compounds
from index.compounds import split_compound


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("waffenlieferungen", ["waffen", "lieferungen"]),
        ("impfstoffherstellern", ["impfstoff", "herstellern"]),
        ("weltraumbahnhof", ["welt", "raum", "bahnhof"]),
        ("ministerpräsident", ["minister", "präsident"]),
        ("munitionsfabriken", ["munition", "fabriken"]),
        ("nordkoreanische", ["nord", "koreanische"]),
        ("vereinbarung", []),
        ("russische", []),
        ("hersteller", []),
    ],
)
def test_compound_parts(word: str, parts: list[str]) -> None:
    assert [word[a:b] for a, b in split_compound(word)] == parts


def test_lexicon_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    path = compounds.lexicon_cache_path()
    assert path.parent == tmp_path and not path.exists()
    made = compounds.lexicon()
    assert path.exists() and made == compounds._lexicon_from_wordfreq()
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    assert compounds.lexicon() == made  # read back, floats and all


@pytest.mark.parametrize("content", ["", "{kaputt", "[1, 2]"])
def test_unreadable_lexicon_file_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    compounds.lexicon_cache_path().write_text(content, encoding="utf-8")
    assert compounds.lexicon() == compounds._lexicon_from_wordfreq()
    monkeypatch.setattr(compounds, "_lexicon_cache", None)
    assert compounds.lexicon() == compounds._lexicon_from_wordfreq()
