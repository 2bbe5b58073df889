"""The web app: the search page, the article page and their JSON twins, errors."""

from __future__ import annotations

import pytest

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
HIT_KEYS = ["id", "title", "date", "source", "url", "lang", "category", "score", "snippet", "also_in"]


def test_search_api_shape(client) -> None:
    r = client.get("/api/search", query_string={"q": "Waffenlieferungen", "size": 2})
    assert r.status_code == 200
    data = r.get_json()
    assert set(data) >= {"query", "total", "page", "size", "took_ms", "hits"}
    assert data["query"] == "Waffenlieferungen" and data["page"] == 1 and data["size"] == 2
    assert data["total"] == 3 and len(data["hits"]) == 2
    hit = data["hits"][0]
    assert list(hit) == HIT_KEYS
    hit = next(h for h in data["hits"] if h["id"] == WAFFEN)
    assert hit["date"] == "2023-11-20"
    assert hit["source"] == "nordkurier-digital" and hit["lang"] == "de"
    assert "<mark>" in hit["snippet"]


def test_article_api(client) -> None:
    data = client.get(f"/api/articles/{WAFFEN}").get_json()
    assert list(data)[:8] == ["id", "title", "caption", "body", "date", "source", "url", "lang"]
    assert {"similar", "previous", "next", "also_in", "took_ms"} <= set(data)
    assert data["id"] == WAFFEN
    assert "Read more" not in data["body"] and "OTHER NEWS" not in data["body"]
    assert data["title"].startswith("Nordkoreas Waffenlieferungen")


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/search?q=x&size=0", 400),
        ("/api/search?q=x&size=abc", 400),
        ("/api/search?q=x&page=-1", 400),
        ("/api/search?q=x&page=99999999999999999999", 400),
        ("/api/search?q=" + "a" * 1001, 400),
        ("/api/articles/no-such-id", 404),
        ("/api/articles/../../etc/passwd", 404),
        ("/api/nothing-here", 404),
    ],
)
def test_one_error_shape(client, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    data = r.get_json()
    assert data["ok"] is False and data["status"] == status and data["error"]


def test_only_get(client) -> None:
    r = client.post("/api/search?q=x")
    assert r.status_code == 405 and r.get_json()["status"] == 405


@pytest.mark.parametrize(
    "q", ["", '"', "-", "OR", "(((", "\x00", "%ff", "<script>alert(1)</script>", "a" * 1000]
)
def test_hostile_queries_answer(client, q: str) -> None:
    page = client.get("/", query_string={"q": q})
    assert page.status_code == 200
    assert b"<script>alert" not in page.data
    api = client.get("/api/search", query_string={"q": q})
    assert api.status_code == 200 and api.mimetype == "application/json"
    assert api.get_json()["query"] == q.strip()


def test_search_page(client) -> None:
    r = client.get("/", query_string={"q": "Waffenlieferungen"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert 'lang="de"' in html
    # The start page focuses the box; a results page leaves the focus for reading.
    assert "autofocus" not in html and "autofocus" in client.get("/").get_data(as_text=True)
    assert "3 Treffer" in html
    assert f'href="/articles/{WAFFEN}?q=Waffenlieferungen"' in html
    assert "<mark>Waffenlieferungen</mark>" in html
    assert "Content-Security-Policy" in r.headers
    assert "http://" not in html.replace('href="http', "")  # no external resources


def test_search_page_pagination_without_javascript(client) -> None:
    html = client.get("/", query_string={"q": "Bundesregierung", "size": 2}).get_data(as_text=True)
    assert 'rel="next"' in html and "page=2" in html


def test_zero_results_page_helps(client) -> None:
    html = client.get("/", query_string={"q": "Käsemarkt"}).get_data(as_text=True)
    assert "0 Treffer" in html and "Anführungszeichen" in html


def test_article_page_marks_and_links(client) -> None:
    r = client.get(f"/articles/{WAFFEN}", query_string={"q": "Kim"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "<mark>Kim</mark>" in html
    assert client.get("/articles/nope").status_code == 404


def test_healthz_and_stats(client) -> None:
    health = client.get("/healthz").get_json()
    assert health["ok"] is True and health["status"] == 200 and health["took_ms"] >= 0
    stats = client.get("/api/stats").get_json()
    assert stats["articles"] == 45 and stats["languages"] == {"de": 40, "en": 5}
    assert client.get("/stats").status_code == 200


def test_missing_index_is_a_clear_503(tmp_path) -> None:
    from web import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    r = client.get("/api/search?q=x")
    assert r.status_code == 503 and "No index" in r.get_json()["error"]
