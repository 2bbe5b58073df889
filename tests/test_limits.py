"""The search limits come from the app's configuration, and every part of the app keeps them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from generated import kennziffer, write_archive

from index.build import index_paths
from web import create_app

BROAD = "Stadt OR Hafen OR Senat OR Bremerhaven OR Polizei"

COUNT = 200
# Every generated article holds this word in its title; collapse=0 shows each one.
EVERY = "q=Nachricht&collapse=0"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of 200 generated articles."""
    root = tmp_path_factory.mktemp("many")
    write_archive(root / "archive", COUNT)
    index_paths(root / "index", [root / "archive"], workers=1)
    return root / "index"


def _client(index: Path, monkeypatch: pytest.MonkeyPatch, how: str, **config: Any) -> Any:
    """A test client of the app configured through the environment or a test config."""
    if how == "env":
        monkeypatch.setenv("NEWSARCHIVE_INDEX", str(index))
        for key, value in config.items():
            monkeypatch.setenv(f"NEWSARCHIVE_{key}", str(value))
        app = create_app()
    else:
        app = create_app({"TESTING": True, "INDEX_DIR": str(index), **config})
    return app.test_client()


@pytest.mark.parametrize("how", ["env", "config"])
@pytest.mark.parametrize(
    ("config", "url", "answer"),
    [
        ({"MAX_PAGE_SIZE": 150}, f"/api/search?{EVERY}&size=150", 150),
        ({"MAX_PAGE_SIZE": 150}, f"/api/search?{EVERY}&size=151", "between 1 and 150"),
        ({}, f"/api/search?{EVERY}&size=101", "between 1 and 100"),
        ({"MAX_PAGE_SIZE": 20}, f"/api/search?{EVERY}&size=21", "between 1 and 20"),
        ({"DEFAULT_PAGE_SIZE": 25}, f"/api/search?{EVERY}", 25),
        ({"MAX_RESULT_WINDOW": 50}, f"/api/search?{EVERY}&page=5", 10),
        ({"MAX_RESULT_WINDOW": 50}, f"/api/search?{EVERY}&page=6", 0),
        ({}, f"/api/search?{EVERY}&page=20", 10),
    ],
)
def test_page_size_and_window_from_the_configuration(
    many: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    config: dict[str, Any],
    url: str,
    answer: int | str,
) -> None:
    r = _client(many, monkeypatch, how, **config).get(url)
    data = r.get_json()
    if isinstance(answer, str):
        assert r.status_code == 400 and answer in data["error"]
    else:
        assert r.status_code == 200
        assert data["total"] == COUNT and len(data["hits"]) == answer


@pytest.mark.parametrize(
    ("window", "page", "more"),
    [(50, 4, True), (50, 5, False), (10_000, 5, True), (10_000, 20, False)],
)
def test_next_page_link_stops_at_the_window(
    many: Path, monkeypatch: pytest.MonkeyPatch, window: int, page: int, more: bool
) -> None:
    client = _client(many, monkeypatch, "config", MAX_RESULT_WINDOW=window)
    data = client.get(f"/api/search?{EVERY}&page={page}").get_json()
    assert (data["next_url"] is not None) is more


@pytest.mark.parametrize("how", ["env", "config"])
@pytest.mark.parametrize(("chars", "status", "found"), [(None, 400, None), (2000, 200, 1)])
def test_query_length_from_the_configuration(
    many: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    chars: int | None,
    status: int,
    found: int | None,
) -> None:
    # 1,200 characters of dashes (no words) before the number of one article.
    q = "- " * 600 + kennziffer(42)
    config = {} if chars is None else {"MAX_QUERY_CHARS": chars}
    r = _client(many, monkeypatch, how, **config).get("/api/search", query_string={"q": q})
    assert r.status_code == status
    if found is not None:
        assert [h["id"] for h in r.get_json()["hits"]] == ["art-00042"]


def test_the_api_description_states_the_configured_bounds(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _client(many, monkeypatch, "config", MAX_PAGE_SIZE=150, MAX_RESULT_WINDOW=3000)
    spec = client.get("/api/openapi.json").get_json()
    params = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert params["size"]["schema"]["maximum"] == 150
    assert params["page"]["schema"]["maximum"] == 3000


@pytest.mark.parametrize(
    ("config", "url", "rows"),
    [
        ({"FEED_SIZE": 3}, f"/feed?{EVERY}", 3),
        ({"MAX_EXPORT": 7}, f"/api/search?{EVERY}&format=jsonl", 7),
        # An export reads page by page: pages smaller than its batches still give it all.
        ({"MAX_PAGE_SIZE": 20, "MAX_EXPORT": 45}, f"/api/search?{EVERY}&format=jsonl", 45),
        ({}, f"/api/search?{EVERY}&format=jsonl", COUNT),
    ],
)
def test_feed_and_export_sizes_from_the_configuration(
    many: Path, monkeypatch: pytest.MonkeyPatch, config: dict[str, Any], url: str, rows: int
) -> None:
    r = _client(many, monkeypatch, "config", **config).get(url)
    assert r.status_code == 200
    body = r.get_data(as_text=True)
    count = body.count("<entry>") if url.startswith("/feed") else len(body.splitlines())
    assert count == rows


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"MAX_PAGE_SIZE": 0}, "page size must be 1 or more"),
        ({"DEFAULT_PAGE_SIZE": 20, "MAX_PAGE_SIZE": 10}, "default page size (20) is above"),
        ({"MAX_QUERY_CHARS": "viele"}, "a search limit in the configuration is wrong"),
        ({"SEARCH_TIME_LIMIT": -1}, "time limit must be above 0"),
    ],
)
def test_a_wrong_limit_stops_the_start_with_a_clear_message(
    many: Path, config: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        create_app({"TESTING": True, "INDEX_DIR": str(many), **config})


def test_time_limit_from_the_configuration(news_index: Path) -> None:
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
