"""The query's content words and the articles holding each (search.querywords)."""

from __future__ import annotations

import numpy as np
import pytest

from search import querywords
from search.archive import Archive
from search.compile import Compiled, compile_search
from search.syntax import read


def _compiled(archive: Archive, text: str) -> Compiled:
    """Compile a query typed as a user would."""
    return compile_search(archive.commit().schema, read(text), archive.field_boosts)


@pytest.mark.parametrize(
    ("text", "looked_up"),
    [
        # One content word: every match holds it, so its other forms are not looked up.
        ("Hafen", set()),
        ("der Hafen", set()),
        ("Hafen Bremerhaven", {"Hafen", "Bremerhaven"}),
        ("Hafen und Bremerhaven", {"Hafen", "Bremerhaven"}),
        # A pattern is a content word but no plain word: its own query says what holds it.
        ("Hafen Bremer*", {"Hafen"}),
    ],
)
def test_other_forms_only_where_they_can_change_the_set(
    news: Archive, text: str, looked_up: set[str]
) -> None:
    assert set(querywords.other_forms(news.commit(), _compiled(news, text))) == looked_up


@pytest.mark.parametrize("text", ["Hafen Bremerhaven", "Impfstoff Hersteller", "Kim Putin"])
def test_a_word_is_held_by_its_own_matches_and_its_other_forms(news: Archive, text: str) -> None:
    commit = news.commit()
    compiled = _compiled(news, text)
    found = querywords.read(commit, compiled)
    forms = querywords.other_forms(commit, compiled)
    for word, group in zip(found.words, compiled.groups, strict=True):
        own = querywords.docs(commit, found.postings, group)
        others = [found.postings.term(f, t) for f, t in forms.get(word.text, [])]
        expected = np.union1d(own, np.concatenate([own, *others]))
        assert np.array_equal(word.docs, expected)


@pytest.mark.parametrize(("text", "whole"), [("Hafen Bremerhaven", True), ("Hafen", False)])
def test_the_whole_query_is_read_when_asked(news: Archive, text: str, whole: bool) -> None:
    commit = news.commit()
    compiled = _compiled(news, text)
    found = querywords.read(commit, compiled, whole=whole)
    if not whole:
        assert found.docs is None
        return
    every = np.array(sorted(commit.searcher.docs_for_query(compiled.query)), dtype=np.int64)
    assert found.docs is not None and np.array_equal(found.docs, every)


@pytest.mark.parametrize(
    ("text", "asking", "counted"),
    [
        # "viele" asks for a figure: searched, but an article with only "viele" is not
        # in the set.
        ("Wie viele Flüchtlinge kamen am Hauptbahnhof an?", ["viele"], ["Flüchtlinge"]),
        ("Wie hoch ist der Hafen?", ["hoch"], ["Hafen"]),
        # Keyword queries ask for nothing.
        ("viele Flüchtlinge Hauptbahnhof", [], ["viele", "Flüchtlinge"]),
    ],
)
def test_a_questions_asking_word_is_searched_not_counted(
    news: Archive, text: str, asking: list[str], counted: list[str]
) -> None:
    compiled = _compiled(news, text)
    typed = [t for t, _ in compiled.word_groups]
    assert [t for t, a in zip(typed, compiled.asking, strict=True) if a] == asking
    assert set(asking) <= set(typed)  # still ranked
    words = [w.text for w in querywords.read(news.commit(), compiled).words]
    assert set(counted) <= set(words)
    assert not set(asking) & set(words)
