"""Properties of the German analyzer on random and real text: every token is non-empty,
its character offsets are in order and inside the text, and point at the surface the
token came from (compound parts at the part inside the word)."""

from __future__ import annotations

import csv
import random

import pytest
from helpers import shared_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.analysis import LowercaseFilter

from index.analysis import DecompoundFilter, NewsTokenizer, german_analyzer
from index.word_pattern import JOINERS

GERMAN = german_analyzer()
# The analyzer up to its compound splitting: tokens still spelled as in the text.
SURFACE = NewsTokenizer() | LowercaseFilter() | DecompoundFilter()

WORDS = [
    "Waffenlieferungen", "Bundesverfassungsgericht", "Straßenbahnhaltestelle", "Kim",
    "Jong-un", "KN-23", "Öl", "Muenchen", "Kinder-", "und", "Jugendarzt", "Grüße", "İstanbul",
    "Fußballweltmeisterschaft", "Landtagswahl", "ǅemal", "ﬁnanz", "Maße", "x", "2024", "_",
    "13.000", "05.01.2021", "5.1.", "91-Jährige", "Jänner", "Charité", "3.1.4",
    "Haushaltsentwurf", "Energie‐Preise", "Übergangsregelung", "ΣΟΦΙΑ", "日本語",
    "%", "fünf", "drittes", "1970ern", "Super_Bowl_50", "__init__",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "-", " – ", "„", "“", "\u2011", "/", "'", ""]

german_like = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda pairs: "".join(w + s for w, s in pairs))
any_text = st.text(max_size=200)


def check(text: str) -> None:
    tokens = [(t.text, t.startchar, t.endchar) for t in GERMAN(text, positions=True, chars=True)]
    previous = 0
    for term, start, end in tokens:
        assert term, (text, tokens)
        assert 0 <= start < end <= len(text), (term, start, end)
        assert start >= previous, (term, start, previous)
        previous = start
    for t in SURFACE(text, positions=True, chars=True):
        if t.derived:
            continue  # a word the text means but spells otherwise ("Jänner" → januar)
        surface = text[t.startchar : t.endchar]
        assert t.text == JOINERS.sub("", surface.lower()), (t.text, surface)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_offsets_on_random_text(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(german_like)
def test_offsets_on_german_like_text(text: str) -> None:
    check(text)


def test_compound_parts_point_at_the_part_inside_the_word() -> None:
    text = "Die Waffenlieferungen, die Bundesverfassungsgerichtsentscheidung."
    spans = [(t.text, text[t.startchar : t.endchar]) for t in SURFACE(text, chars=True)]
    assert ("waffen", "Waffen") in spans and ("lieferungen", "lieferungen") in spans
    assert ("entscheidung", "entscheidung") in spans


def test_offsets_on_real_articles() -> None:
    path = shared_path("data", "10kgnad-test", "test.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    for _, text in random.Random(7).sample(rows, 40):
        check(text)


@pytest.mark.parametrize("text", ["İstanbulreise", "Straßenbahnhaltestelle", "ǅemal-Straße"])
def test_offsets_on_words_whose_case_changes_length(text: str) -> None:
    check(text)
