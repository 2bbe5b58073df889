"""A text's terms from the word cache: each distinct word analyzed once, word by word
where it is of one part, and the terms the same as the field's own analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import create_or_open
from index.terms import CachedTerms

# Words every step of the analyzers treats apart: stopwords, single letters and digits,
# accents German keeps or not, ß and its capital, ae/oe/ue spellings, compounds of two
# and three parts (and an adjective ending), words a lower-casing makes longer, the
# Austrian month names, ages, dates, numbers with points and hyphenated words (analyzed
# in one pass of the analyzer), underscores, other scripts, capitals.
TEXTS = [
    "Der russische Präsident will nach Nordkorea reisen, und the world is watching.",
    "a x 5 G7 Artikel 5 I 0 ab",
    "Charité Café Ñandú naïve Sœur São Paulo",
    "Straße STRASSE Grüße GRÜẞE Müller Mueller Muenchen München Quelle Frauen",
    "Waffenlieferungen Bundesverfassungsgericht nordkoreanische Impfstoffherstellern",
    "Weltraumbahnhof Ministerpräsidentenkonferenz Vereinbarung Hersteller russische",
    "İstanbul İZMİR ǅemal ﬁnanzen Ǆ",
    "Jänner Feber Jaenner jänner 91-Jährige 15-jährigen",
    "am 5.1. und am 05.01.2021 vor 13.000 Leuten, 1.234.567 Euro",
    "Kim Jong-un KN-23 Kinder- und Jugendarzt Baden‐Württemberg",
    "snake_case __init__ Αθήνα Москва 東京 ΟΔΟΣ",
    "THE EUROPEAN UNION'S LEADERS SAID",
]


@pytest.mark.parametrize("field", ["body_de", "body_en", "body_xx", "title_de"])
@pytest.mark.parametrize("text", TEXTS)
def test_cached_terms_equal_the_fields_own_word_by_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, text: str
) -> None:
    import index.terms

    monkeypatch.setattr(index.terms, "_caches", {})  # every word new to the cache
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    schema_field = create_or_open(tmp_path / "index").schema[field]
    cached = CachedTerms(schema_field)
    assert sorted(cached.index(text)) == sorted(schema_field.index(text))
    # Asked again, from the cache alone.
    assert sorted(cached.index(text)) == sorted(schema_field.index(text))


def test_a_full_cache_keeps_its_earliest_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.terms

    monkeypatch.setattr(index.terms, "CACHE_LIMIT", 8)
    monkeypatch.setattr(index.terms, "_caches", {})
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    field = create_or_open(tmp_path / "index").schema["body_de"]
    cached = CachedTerms(field)
    first, second = "Haus Garten Straße Baum Dach", "Fenster Tür Keller Zimmer"
    for text in (first, second):
        assert sorted(cached.index(text)) == sorted(field.index(text))
    shared = index.terms._caches[id(field.analyzer)]
    # The earliest words stay, beside the words of the text that overflowed the cache.
    assert list(shared.words) == [
        *("Baum", "Dach", "Garten", "Haus"),
        *("Fenster", "Keller", "Tür", "Zimmer"),
    ]


@pytest.mark.parametrize(
    ("word", "entry"),
    [
        ("Haus", "haus"),
        ("München", "munch"),
        ("der", ((), 1)),
        ("Waffenlieferungen", ((("waffenliefer", 0), ("waff", 0), ("liefer", 0)), 1)),
        ("Jong-un", ((("jongun", 0), ("jong", 0), ("un", 1)), 2)),
        ("Jänner", ((("jann", 0), ("januar", 0)), 1)),
    ],
)
def test_a_word_of_one_term_is_cached_as_the_term_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, word: str, entry: object
) -> None:
    import index.terms

    monkeypatch.setattr(index.terms, "_caches", {})
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    field = create_or_open(tmp_path / "index").schema["body_de"]
    cached = CachedTerms(field)
    text = f"{word} und {word} am Haus"
    assert sorted(cached.index(text)) == sorted(field.index(text))
    assert index.terms._caches[id(field.analyzer)].words[word] == entry


def test_words_one_process_learned_are_taken_by_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.terms

    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(index.terms, "_pending", {})
    (tmp_path / "words").mkdir()  # the run's folder (index.workers makes it)
    schema = create_or_open(tmp_path / "index").schema
    text = "Waffenlieferungen an Nordkorea: Kim Jong-un am 5.1. in München"
    english = "The world is watching"
    # One process learns the words of a German and an English text and hands them over.
    monkeypatch.setattr(index.terms, "_caches", {})
    index.terms.share_learned(tmp_path / "words", "0")
    CachedTerms(schema["body_de"]).index(text)
    CachedTerms(schema["body_en"]).index(english)
    index.terms.exchange_learned()
    # Another, which has met no English text yet, takes them and analyzes none again.
    monkeypatch.setattr(index.terms, "_caches", {})
    index.terms.share_learned(tmp_path / "words", "1")
    german = CachedTerms(schema["body_de"])
    index.terms.exchange_learned()
    learned: list[str] = []
    learn = CachedTerms._learn
    monkeypatch.setattr(
        CachedTerms, "_learn", lambda self, words: learned.extend(words) or learn(self, words)
    )
    assert sorted(german.index(text)) == sorted(schema["body_de"].index(text))
    assert sorted(CachedTerms(schema["body_en"]).index(english)) == sorted(
        schema["body_en"].index(english)
    )
    assert learned == []
    # What it learns itself goes the other way.
    german.index("Bundesverfassungsgericht")
    index.terms.exchange_learned()
    monkeypatch.setattr(index.terms, "_caches", {})
    index.terms.share_learned(tmp_path / "words", "2")
    CachedTerms(schema["body_de"])
    index.terms.exchange_learned()
    assert "Bundesverfassungsgericht" in next(iter(index.terms._caches.values())).words
    monkeypatch.setattr(index.terms, "_exchange", None)
