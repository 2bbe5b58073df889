"""A strong verb's other grades: which typed words hold which forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.folding import german_fold
from search import strong
from search.strong import strong_forms


@pytest.mark.parametrize(
    ("word", "has", "lacks"),
    [
        # A form of a strong verb: the verb's other grades.
        ("schrieb", {"schreiben", "geschrieben", "schreibt", "schrieben"}, {"schrieb"}),
        ("geflogen", {"fliegen", "flog", "flogen", "fliegt"}, set()),
        ("liest", {"lesen", "gelesen"}, set()),
        # With a prefix: inseparable, separable (joined forms only).
        ("beschossen", {"beschiessen", "beschoss"}, set()),
        ("angeglichen", {"angleichen", "anzugleichen"}, {"glich"}),
        # A noun of the past grade, with or without a prefix.
        ("Beschuss", {"beschossen", "beschiessen"}, set()),
        ("Flug", {"fliegen", "geflogen", "flog"}, set()),
        ("Anstieg", {"ansteigen", "angestiegen"}, set()),
        ("fund", {"finden", "gefunden", "fand"}, set()),
        ("Wurf", {"werfen", "geworfen", "warf"}, set()),
        # A capitalised word is a noun, no form ("Gefahren", "Sprachen").
        ("Gefahren", set(), {"fahren", "fuhr"}),
        ("Sprachen", set(), {"sprechen"}),
        # A word far more frequent than the verb's form of its spelling is another word.
        ("Stahl", set(), {"stehlen"}),
        ("stahl", set(), {"stehlen"}),
        ("Stuhl", set(), {"stehlen"}),
        ("Band", set(), {"binden"}),
        ("Wand", set(), {"winden"}),
        # A noun with the infinitive's vowel is the verb's own stem ("Antrag").
        ("Antrag", set(), {"antragen"}),
        # A prefix before a form that makes no verb of the word list ("Verlag").
        ("Verlag", set(), {"verliegen"}),
        # Weak verbs (search.derived) and words of no verb.
        ("machte", set(), {"machen"}),
        ("Zeitung", set(), set()),
        ("2020", set(), set()),
    ],
)
def test_strong_forms(word: str, has: set[str], lacks: set[str]) -> None:
    found = {german_fold(f) for f in strong_forms(word)}
    assert {german_fold(f) for f in has} <= found, found
    assert not found & {german_fold(f) for f in lacks}, found
    assert bool(found) is bool(has), found


@pytest.mark.parametrize("cached", [False, True])
def test_the_strong_verbs_kept_in_the_cache_folder_are_those_found(
    cached: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_CACHE", str(tmp_path))
    strong._verbs.cache_clear()
    try:
        if cached:
            strong._verbs()  # writes the file
            strong._verbs.cache_clear()
            assert strong._cache_path().is_file()
        assert strong._verbs() == strong._find_verbs()
    finally:
        strong._verbs.cache_clear()
