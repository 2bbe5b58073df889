"""Ranking by score: words with numpy as Whoosh ranks them, and what a search that runs
out of time returns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from ranking_cases import rank_typed

from search import budget
from search.archive import Archive
from search.filters import Filters
from search.ranking import by_relevance, whoosh_scores, word_ranking

# Words the analyzer does not split: for a compound ("Containerterminal") the numpy path counts
# a part an article holds ("Container") as a word it matched, Whoosh's TermsCollector
# only the parts of a match of the whole (contain AND terminal), so the reranking differs.
WORD_QUERIES = [
    "Hafen",
    "Hafen Stadt Polizei",
    "Flüchtlinge Hauptbahnhof",
    "Nordkorea Raketen Käsemarkt",
    "Kim Jong-un",
    "Hafen -Deich",
    "Wie viele Flüchtlinge kamen am Hauptbahnhof an?",
]


@pytest.mark.parametrize("text", WORD_QUERIES)
def test_numpy_and_whoosh_rank_words_alike(
    news: Archive, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = rank_typed(news, text, wanted=20)
    # Taken as a query numpy cannot read, the same query goes through Whoosh's collectors.
    monkeypatch.setattr(by_relevance, "plain", lambda q, phrases=False: False)
    slow = rank_typed(news, text, wanted=20)
    assert fast.hits == slow.hits and len(fast.hits) > 0
    assert sorted(fast.matched) == sorted(slow.matched)
    assert fast.total == slow.total
    assert {d: sorted(t) for d, t in fast.terms.items()} == {
        d: sorted(t) for d, t in slow.terms.items()
    }
    assert not fast.timed_out and not slow.timed_out


# -- the time budget --------------------------------------------------------------------

BROAD = "Stadt OR Hafen OR Senat OR Bremerhaven OR Polizei"


class _Clock:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture()
def limited(news_index: Path) -> Archive:
    archive = Archive(news_index)
    yield archive
    archive.close()


def test_no_limit_by_default(limited: Archive) -> None:
    assert limited.limits.time_limit is None
    result = limited.search(BROAD)
    assert result.total > 10 and not any("abgebrochen" in n for n in result.notices)


def test_tiny_limit_answers_with_a_notice(limited: Archive) -> None:
    limited.limits = replace(limited.limits, time_limit=1e-9)
    result = limited.search(BROAD, extras=("facets", "timeline"))
    assert result.notices[-1] == (
        "Die Suche wurde nach 1e-09 s abgebrochen; es werden die bis dahin gefundenen "
        "Treffer gezeigt."
    )
    assert result.total == len(result.hits) == 0
    # The limit is per search: the next one without it is whole again.
    limited.limits = replace(limited.limits, time_limit=None)
    assert limited.search(BROAD).total > 10


def test_hits_found_before_the_limit_are_shown(limited: Archive, monkeypatch) -> None:
    full = limited.search(BROAD, size=50)
    clock = _Clock()  # every match read costs one second
    monkeypatch.setattr(word_ranking, "time", clock)
    monkeypatch.setattr(whoosh_scores, "time", clock)
    monkeypatch.setattr(budget, "time", clock)
    limited.limits = replace(limited.limits, time_limit=3.5)
    result = limited.search(BROAD, size=50, filters=None)
    assert "abgebrochen" in result.notices[-1] and "3,5 s" in result.notices[-1]
    assert 1 <= result.total < full.total and len(result.hits) == result.total
    assert {h.id for h in result.hits} <= {h.id for h in full.hits}
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_limit_holds_inside_filters(limited: Archive, monkeypatch) -> None:

    only = Filters.make(source=["weserbote"])
    full = limited.search(BROAD, size=50, filters=only)
    clock = _Clock()
    monkeypatch.setattr(word_ranking, "time", clock)
    monkeypatch.setattr(whoosh_scores, "time", clock)
    monkeypatch.setattr(budget, "time", clock)
    limited.limits = replace(limited.limits, time_limit=2.5)
    result = limited.search(BROAD, size=50, filters=only)
    assert "abgebrochen" in result.notices[-1]
    assert 1 <= result.total < full.total
    assert {h.source for h in result.hits} == {"weserbote"}


@pytest.mark.parametrize("text", [BROAD, '"Stadt Bremerhaven" OR Hafen*'])
def test_the_time_out_is_in_the_ranking(news: Archive, text: str) -> None:
    found = rank_typed(news, text, time_limit=1e-9)
    assert found.timed_out and found.hits == [] and found.total == 0
    assert not rank_typed(news, text).timed_out
