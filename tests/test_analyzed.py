"""A typed word's query terms kept per analyzer (search.analyzed): the analyzer's own."""

from __future__ import annotations

import pytest

from index.analysis import query_term as fresh_term
from index.schema import LANGUAGE_GROUPS, TEXT_FIELDS, text_field
from search import analyzed
from search.archive import Archive

TEXTS = [
    "Hafen",
    "Häfen",
    "Haefen",
    "Flüchtlingen",
    "Impfstoff-Dosen",
    "Ladenschließungen",
    "Kim Jong-un",
    "G7/G20",
    "05.01.",
    "Jänner",
    "die",
    "the",
    "running",
    "13.000",
    "",
]


def _fresh(analyzer, text: str) -> tuple[tuple[str, int], ...]:
    return tuple((t.text, t.pos) for t in analyzer(text, positions=True, mode="query"))


@pytest.mark.parametrize("text", TEXTS)
def test_kept_tokens_are_the_analyzers_in_every_field(news: Archive, text: str) -> None:
    for group in LANGUAGE_GROUPS:
        for part in TEXT_FIELDS:
            fieldname = text_field(part, group)
            if fieldname not in news.schema:
                continue
            analyzer = news.schema[fieldname].analyzer
            for _ in range(2):  # worked out, then kept
                assert analyzed.query_tokens(analyzer, text) == _fresh(analyzer, text)
                assert analyzed.query_term(analyzer, text) == fresh_term(analyzer, text)


@pytest.mark.parametrize(
    ("text", "de", "en"),
    [("Häfen", "haf", "hafen"), ("running", "running", "run"), ("die", None, "die")],
)
def test_each_analyzer_keeps_its_own(news: Archive, text: str, de, en) -> None:
    german = news.schema[text_field("body", "de")].analyzer
    english = news.schema[text_field("body", "en")].analyzer
    assert analyzed.query_term(german, text) == de
    assert analyzed.query_term(english, text) == en
    assert analyzed.query_term(german, text) == de


def test_kept_texts_are_bounded(news: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyzed, "MAX_TEXTS", 3)
    monkeypatch.setattr(analyzed, "_KEPT", {})
    analyzer = news.schema[text_field("body", "de")].analyzer
    for text in TEXTS:
        assert analyzed.query_tokens(analyzer, text) == _fresh(analyzer, text)
        assert len(analyzed._KEPT[id(analyzer)][1]) <= 3
