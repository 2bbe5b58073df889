"""A time budget per search: past it, the hits found so far and a notice, not an error."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from search import ranking
from search.archive import Archive
from web import create_app

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
    monkeypatch.setattr(ranking, "time", _Clock())  # every match read costs one second
    limited.limits = replace(limited.limits, time_limit=3.5)
    result = limited.search(BROAD, size=50, filters=None)
    assert "abgebrochen" in result.notices[-1] and "3,5 s" in result.notices[-1]
    assert 1 <= result.total < full.total and len(result.hits) == result.total
    assert {h.id for h in result.hits} <= {h.id for h in full.hits}
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_limit_holds_inside_filters(limited: Archive, monkeypatch) -> None:
    from search.filters import Filters

    only = Filters.make(source=["weserbote"])
    full = limited.search(BROAD, size=50, filters=only)
    monkeypatch.setattr(ranking, "time", _Clock())
    limited.limits = replace(limited.limits, time_limit=2.5)
    result = limited.search(BROAD, size=50, filters=only)
    assert "abgebrochen" in result.notices[-1]
    assert 1 <= result.total < full.total
    assert {h.source for h in result.hits} == {"weserbote"}


def test_web_app_limit_from_config(news_index: Path) -> None:
    app = create_app({"TESTING": True, "INDEX_DIR": str(news_index), "SEARCH_TIME_LIMIT": 1e-9})
    client = app.test_client()
    r = client.get("/api/search", query_string={"q": BROAD, "extra": "facets,timeline"})
    assert r.status_code == 200
    data = r.get_json()
    assert data["ok"] and "abgebrochen" in data["notices"][-1]
    html = client.get("/", query_string={"q": BROAD}).get_data(as_text=True)
    assert "Die Suche wurde nach 1e-09 s abgebrochen" in html
    default = create_app({"TESTING": True, "INDEX_DIR": str(news_index)})
    assert default.config["SEARCH_TIME_LIMIT"] == 5
    data = default.test_client().get("/api/search", query_string={"q": BROAD}).get_json()
    assert data["total"] > 10 and not any("abgebrochen" in n for n in data["notices"])
