"""Words learned a batch at a time: the same terms as the analyzer's own, word by word."""

from __future__ import annotations

import random
from typing import Any

import pytest
from whoosh.analysis import LowercaseFilter

from index import compounds
from index.analysis import (
    DecompoundFilter,
    NewsTokenizer,
    StopFilter,
    english_analyzer,
    german_analyzer,
    plain_analyzer,
)
from index.learn import Learner, _run
from index.word_pattern import word_width

ANALYZERS = {"de": german_analyzer(), "en": english_analyzer(), "xx": plain_analyzer()}

# Words (as WORD finds them in a text) every step treats apart: stopwords (in their
# spellings), single letters, digits, compounds of two and three parts, parts that are
# stopwords or too short, adjective endings, accents German keeps or not, ß and its
# capital, words a lower-casing makes longer, Austrian months, ages, dates, numbers with
# points, hyphenated words and their compounds, underscores, other scripts, capitals.
WORDS = [
    *("Der", "der", "und", "für", "fuer", "fur", "beim", "the", "The", "a", "x", "I", "5"),
    *("G7", "0", "ab", "Haus", "München", "Muenchen", "Munchen", "Quelle", "Frauen"),
    *("Waffenlieferungen", "Bundesverfassungsgericht", "Weltraumbahnhof", "nordkoreanische"),
    *("Ministerpräsidentenkonferenz", "Vereinbarung", "Hersteller", "früheren", "Charité"),
    *("gegenüber", "Dasselbe", "Zwischendurch", "weitermachen"),  # parts that are stopwords
    *("Charitémitarbeiter", "Straße", "STRASSE", "GRÜẞE", "Grüße", "İstanbul", "ﬁnanzen"),
    *("Jänner", "jänner", "Feber", "Jaenner", "91-Jährige", "15-jährigen", "5.1.", "05.01.2021"),
    *("31.12.99", "32.13.2020", "13.000", "1.234.567", "Jong-un", "KN-23", "Baden‐Württemberg"),
    *("Impfstoff-Hersteller", "Waffenlieferungen-Debatte", "snake_case", "__init__", "Αθήνα"),
    *("Москва", "東京", "ΟΔΟΣ", "UNION", "Sœur", "São", "Ñandú", "naïve", "Führerscheinprüfung"),
    *("%", "fünf", "Drittes", "fuenfzehnten", "1970ern", "70er", "Siebzigern", "Super_Bowl_50"),
    *("muß", "daß", "_x_"),
]


def reference(analyzer: Any, word: str) -> object:
    """What index.terms caches of a word, read off the analyzer's own tokens."""
    found = tuple((t.text, t.pos) for t in analyzer(word, positions=True, mode="index"))
    width = word_width(word)
    if width == 1 and len(found) == 1 and found[0][1] == 0:
        return found[0][0]
    return (found, width)


@pytest.mark.parametrize("lang", sorted(ANALYZERS))
@pytest.mark.parametrize("word", WORDS)
def test_a_word_learned_alone_is_the_analyzers_own(lang: str, word: str) -> None:
    analyzer = ANALYZERS[lang]
    assert Learner(analyzer).entries([word]) == [reference(analyzer, word)]


@pytest.mark.parametrize("lang", sorted(ANALYZERS))
def test_a_batch_is_learned_as_its_words_one_by_one(lang: str) -> None:
    analyzer = ANALYZERS[lang]
    words = [*WORDS, *reversed(WORDS)]  # words again, and parts met more than once
    assert Learner(analyzer).entries(words) == [reference(analyzer, w) for w in words]


def made_words(count: int) -> list[str]:
    """Compounds of lexicon words with linking elements, capitalized or hyphenated."""
    rng = random.Random(5)
    known = sorted(w for w in compounds.lexicon() if 3 <= len(w) <= 10)
    out = []
    for _ in range(count):
        parts = [rng.choice(known) for _ in range(rng.choice((1, 2, 2, 3, 4)))]
        links = [rng.choice(compounds.LINKS) for _ in parts[1:]]
        word = parts[0] + "".join(link + p for link, p in zip(links, parts[1:], strict=True))
        out += [word, word.capitalize(), f"{word}-{parts[0]}", word[:-1]]
    return out


@pytest.mark.parametrize("lang", sorted(ANALYZERS))
def test_made_compounds_are_learned_as_the_analyzer_makes_them(lang: str) -> None:
    analyzer = ANALYZERS[lang]
    words = list(dict.fromkeys(made_words(400)))
    assert Learner(analyzer).entries(words) == [reference(analyzer, w) for w in words]


@pytest.mark.parametrize(
    ("words", "cut"),
    [
        (["Nordkorea", "Haus"], []),
        (["Jong-un", "Haus"], ["Jong-un"]),
        (["5.1.", "13.000", "Haus"], ["5.1.", "13.000"]),
        (["Jänner", "Haus", "Feber"], ["Jänner", "Feber"]),
        (["fünf", "Haus", "%", "1970er", "70er"], ["fünf", "%", "1970er"]),
        (["Haus", "Garten"], []),
    ],
)
def test_only_words_the_tokenizer_cuts_go_through_it(
    monkeypatch: pytest.MonkeyPatch, words: list[str], cut: list[str]
) -> None:
    passes: list[list[str]] = []
    tokenize = Learner._tokenize

    def spy(self: Learner, found: list[str], *args: Any) -> None:
        passes.append(found)
        tokenize(self, found, *args)

    monkeypatch.setattr(Learner, "_tokenize", spy)
    Learner(ANALYZERS["de"]).entries(words)
    assert passes == ([cut] if cut else [])


def upper(texts: list[str]) -> list[str]:
    return [t.upper() for t in texts]


STOP = StopFilter(["der", "die"]).texts


@pytest.mark.parametrize(
    ("steps", "texts", "made"),
    [
        ([], ["a", "b"], ["a", "b"]),
        ([(upper, False)], ["a", "b"], ["A", "B"]),
        (
            [(STOP, True)],
            ["der", "haus", "die", "der", "x", "5"],
            [None, "haus", None, None, None, "5"],
        ),
        ([(STOP, True), (upper, False)], ["haus", "der", "haus"], ["HAUS", None, "HAUS"]),
        ([(STOP, True), (upper, False)], ["der", "die"], [None, None]),
        ([(upper, False), (STOP, True)], ["der"], ["DER"]),  # stopwords are lower case
        ([(STOP, True)], [], []),
        ([(upper, False), (STOP, True), (upper, False)], ["der", "x", "ab"], ["DER", None, "AB"]),
        (
            [(STOP, True), (STOP, True), (upper, False)],
            ["haus", "x", "der", "haus", "die"],
            ["HAUS", None, None, "HAUS", None],
        ),
    ],
)
def test_steps_run_over_a_list_keep_each_texts_place(
    steps: list[Any], texts: list[str], made: list[str | None]
) -> None:
    assert _run(steps, texts) == made


@pytest.mark.parametrize(
    ("items", "splits"),
    [
        ([LowercaseFilter(), DecompoundFilter(), StopFilter(())], True),
        ([LowercaseFilter(), StopFilter(())], False),
    ],
)
def test_a_learner_splits_compounds_where_its_analyzer_does(items: list[Any], splits: bool) -> None:
    analyzer = NewsTokenizer()
    for f in items:
        analyzer = analyzer | f
    assert Learner(analyzer).splits is splits


def test_an_analyzer_splitting_twice_is_refused() -> None:
    analyzer = NewsTokenizer() | LowercaseFilter() | DecompoundFilter() | DecompoundFilter()
    with pytest.raises(ValueError, match="once"):
        Learner(analyzer)
