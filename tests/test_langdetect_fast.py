"""The faster langdetect detector answers exactly as langdetect's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import langdetect_fast, language
from index.langdetect_fast import create_detector, probabilities_many, stock_detector

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"

TEXTS = [
    "Der Gemeinderat hat am Dienstagabend über den Neubau der Grundschule beraten.",
    "The town council met on Tuesday evening to discuss plans for a new primary school.",
    "Le conseil municipal s'est réuni mardi soir pour discuter du projet d'école.",
    "Der Bürgermeister sagte, das new public management sei ein game changer for the city.",
    "NATO-Gipfel: USA und EU   beraten   über   die Ukraine -- Kim Jong-un droht.",
    "Siehe https://example.org/a?b=c oder schreibe an info@example.org für Details.",
    "Москва и Киев ведут переговоры о прекращении огня и обмене пленными.",
    "東京都は新しい防災計画を発表した。 Tokyo announced a new plan.",
    "Việt Nam công bố kế hoạch phát triển kinh tế mới trong năm nay.",
    "  führende Leerzeichen und   doppelte  ",
]


def _demo_texts() -> list[str]:
    texts = []
    for path in sorted(DEMO.rglob("*.txt"))[:15]:
        texts.append(language.sample("", path.read_text(encoding="utf-8")))
    return texts


@pytest.mark.parametrize("trials", [language.TRIALS, 7])
def test_fast_detector_matches_langdetect(trials: int) -> None:
    for text in TEXTS + _demo_texts():
        stock = stock_detector(trials)
        fast = create_detector(trials)
        assert type(fast) is not type(stock)
        stock.append(text)
        fast.append(text)
        assert fast.text == stock.text, text
        expected = [(p.lang, p.prob) for p in stock.get_probabilities()]
        assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected, text


# Short texts whose walks run long (many steps before one language wins), over several
# blocks of precomputed steps, and texts of one or two n-grams.
SHORT = [
    "Hertha BSC verliert in Amsterdam gegen Ajax",
    "Kabinett beschließt Reform der Grundsteuer",
    "Van der Bellen trifft Rutte in Den Haag",
    "Opel Astra Sports Tourer im Test",
    "Tor!",
    "a",
    "Skandinavien: Norrland, Sverige och Danmark",
]


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("trials", [1, language.TRIALS, 7])
def test_fast_detector_matches_langdetect_on_short_texts(text: str, trials: int) -> None:
    stock = stock_detector(trials)
    fast = create_detector(trials)
    stock.append(text)
    fast.append(text)
    expected = [(p.lang, p.prob) for p in stock.get_probabilities()]
    assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected


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


def _stock(text: str, trials: int) -> list[tuple[str, float]] | None:
    detector = stock_detector(trials)
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception:  # langdetect's error on a text without features
        return None


@pytest.mark.parametrize("trials", [1, language.TRIALS, 7])
@pytest.mark.parametrize("ahead", [langdetect_fast.AHEAD, 7])  # 7: read ahead many times
@pytest.mark.parametrize("alone", [langdetect_fast.ALONE, 0])  # 0: every step side by side
def test_walks_side_by_side_answer_as_langdetect(
    trials: int, ahead: int, alone: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(langdetect_fast, "AHEAD", ahead)
    monkeypatch.setattr(langdetect_fast, "ALONE", alone)
    texts = [*TEXTS, *SHORT, "", "1234 5678", *_demo_texts()]
    found = probabilities_many(texts, trials)
    got = [None if f is None else [(p.lang, p.prob) for p in f] for f in found]
    assert got == [_stock(text, trials) for text in texts]
    assert got[len(TEXTS) + len(SHORT)] is None  # no features: langdetect raises


def test_a_fast_detector_is_set_up_as_langdetects_without_a_generator() -> None:
    stock, fast = stock_detector(language.TRIALS), create_detector(language.TRIALS)
    mine, theirs = vars(fast), vars(stock)
    assert mine.keys() == theirs.keys()
    # The walks read a stream of the seed's words instead of a generator seeded by the OS.
    assert mine.pop("random") is None and theirs.pop("random") is not None
    assert mine == theirs
