"""The OpenAPI document matches the routes and the parameters the code reads."""

from __future__ import annotations

import re

import pytest

from web.openapi import openapi


def _api_paths(app) -> set[str]:
    paths = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            paths.add(re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule))
    return paths


def test_every_route_is_documented(app) -> None:
    doc = openapi(app)
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == _api_paths(app)


def test_served_document_is_the_same(client, app) -> None:
    with app.test_request_context():
        assert client.get("/api/openapi.json").get_json() == openapi(app)


def _examples(app) -> list[tuple[str, str, str]]:
    out = []
    for path, item in openapi(app)["paths"].items():
        for p in item["get"]["parameters"]:
            if p["in"] == "query":
                schema = p["schema"].get("items", p["schema"])
                value = p.get("example") or (schema.get("enum") or ["1"])[0]
                if p["name"] == "cursor":
                    from web.params import encode_cursor

                    value = encode_cursor(2)
                out.append((path, p["name"], value))
    return out


@pytest.mark.parametrize("name", ["search", "articles", "analyze", "complete"])
def test_every_documented_parameter_is_accepted(app, client, name: str) -> None:
    article = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
    checked = 0
    for path, param, value in _examples(app):
        if f"/api/{name}" not in path:
            continue
        url = path.replace("{article_id}", article)
        r = client.get(url, query_string={param: value})
        assert r.status_code == 200, (url, param, value, r.get_json())
        assert "took_ms" in r.get_json() or path.endswith("openapi.json")
        checked += 1
    assert checked


def test_bad_values_of_documented_parameters_are_400(client) -> None:
    for url in [
        "/api/search?q=x&sort=random",
        "/api/search?q=x&extra=everything",
        "/api/search?q=x&from=yesterday",
        "/api/search?q=x&to=2023-02-30",
        "/api/search?q=x&cursor=!!!",
        "/api/search?q=x&explain=maybe",
        "/api/search?q=x&format=pdf",
        "/api/analyze?text=x&lang=klingon",
    ]:
        r = client.get(url)
        assert r.status_code == 400, url
        data = r.get_json()
        assert data["ok"] is False and data["status"] == 400 and data["error"]
