"""The compound lexicon, read once and kept on disk (index.analysis)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import analysis


def test_lexicon_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    path = analysis.lexicon_cache_path()
    assert path.parent == tmp_path and not path.exists()
    made = analysis.lexicon()
    assert path.exists() and made == analysis._lexicon_from_wordfreq()
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    assert analysis.lexicon() == made  # read back, floats and all


@pytest.mark.parametrize("content", ["", "{kaputt", "[1, 2]"])
def test_unreadable_lexicon_file_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    analysis.lexicon_cache_path().write_text(content, encoding="utf-8")
    assert analysis.lexicon() == analysis._lexicon_from_wordfreq()
    monkeypatch.setattr(analysis, "_lexicon_cache", None)
    assert analysis.lexicon() == analysis._lexicon_from_wordfreq()
