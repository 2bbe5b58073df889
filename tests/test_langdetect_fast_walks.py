"""The random walks of many texts side by side answer as langdetect's walks of each."""

from __future__ import annotations

import pytest
from langdetect_texts import SHORT, TEXTS, demo_texts, stock_probabilities

from index import language
from index.langdetect_fast import probabilities_many, walks


@pytest.mark.parametrize("trials", [1, language.TRIALS, 7])
@pytest.mark.parametrize("ahead", [walks.AHEAD, 7])  # 7: read ahead many times
@pytest.mark.parametrize("alone", [walks.ALONE, 0])  # 0: every step side by side
def test_walks_side_by_side_answer_as_langdetect(
    trials: int, ahead: int, alone: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(walks, "AHEAD", ahead)
    monkeypatch.setattr(walks, "ALONE", alone)
    texts = [*TEXTS, *SHORT, "", "1234 5678", *demo_texts()]
    found = probabilities_many(texts, trials)
    got = [None if f is None else [(p.lang, p.prob) for p in f] for f in found]
    assert got == [stock_probabilities(text, trials) for text in texts]
    assert got[len(TEXTS) + len(SHORT)] is None  # no features: langdetect raises
