"""The table of n-grams packed in bytes reads as langdetect's own."""

from __future__ import annotations


def test_the_table_of_ngrams_reads_as_langdetects_own() -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    from index.langdetect_fast import load_factory

    stock = DetectorFactory()
    stock.load_profile(PROFILES_DIRECTORY)
    ours = load_factory()
    assert ours.langlist == stock.langlist
    table = ours.word_lang_prob_map
    assert list(table) == list(stock.word_lang_prob_map)
    for ngram, row in stock.word_lang_prob_map.items():
        assert table[ngram] == row, ngram
    assert "zzzq" not in table
