"""The OpenAPI description is the code's: every route, every parameter as it is read, and
every answer as the answer types declare it."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs
import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.request import SearchLimits
from web.openapi import openapi, routes
from web.params import ApiError, Param

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"


def _app_paths(app: Flask) -> set[str]:
    return {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
    }


def test_every_route_is_described(app: Flask) -> None:
    doc = openapi(app)
    assert doc["openapi"] == "3.1.0"
    assert set(doc["paths"]) == _app_paths(app)


def test_served_document_is_the_same_with_an_archive_id(client: Any, app: Flask) -> None:
    served = client.get("/api/openapi.json").get_json()
    with app.test_request_context():
        assert served == openapi(app, served["paths"]["/api/articles/{article_id}"]["get"][
            "parameters"
        ][0]["example"])  # fmt: skip
    example = served["paths"]["/api/articles/{article_id}"]["get"]["parameters"][0]["example"]
    assert client.get(f"/api/articles/{example}").status_code == 200


def _examples(app: Flask) -> list[tuple[str, str, str]]:
    out = []
    for path, item in openapi(app)["paths"].items():
        for p in item["get"]["parameters"]:
            if p["in"] == "query":
                schema = p["schema"].get("items", p["schema"])
                value = p.get("example") or (schema.get("enum") or ["1"])[0]
                out.append((path, p["name"], value))
    return out


@pytest.mark.parametrize("path", ["/api/search", "/api/articles/", "/api/analyze", "/", "/feed"])
def test_every_documented_example_is_accepted(app: Flask, client: Any, path: str) -> None:
    checked = 0
    for documented, param, value in _examples(app):
        if not documented.startswith(path) or (path == "/" and documented != "/"):
            continue
        url = documented.replace("{article_id}", WAFFEN)
        r = client.get(url, query_string={param: value})
        assert r.status_code == 200, (url, param, value, r.data[:300])
        checked += 1
    assert checked


@pytest.mark.parametrize(
    "url",
    [
        "/api/search?q=x&sort=random",
        "/api/search?q=x&sort=%20newest",
        "/api/search?q=x&extra=everything",
        "/api/search?q=x&extra=facets,",
        "/api/search?q=x&from=yesterday",
        "/api/search?q=x&from=",
        "/api/search?q=x&to=2023-13",
        "/api/search?q=x&to=2023-1-5",
        "/api/search?q=x&cursor=!!!",
        "/api/search?q=x&cursor=eyJwIjogMn0",
        "/api/search?q=x&explain=maybe",
        "/api/search?q=x&explain=yes",
        "/api/search?q=x&page=+1",
        "/api/search?q=x&page=01",
        "/api/search?q=x&size=",
        "/api/search?q=x&format=pdf",
        "/api/search?q=x&format=html",
        "/api/analyze?text=x&lang=klingon",
        "/api/analyze?text=x&lang=",
        "/api/complete?q=" + "x" * 1001,
        "/api/articles/" + WAFFEN + "?q=" + "x" * 1001,
    ],
)
def test_values_outside_the_description_are_400(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 400, url
    data = r.get_json()
    assert data["ok"] is False and data["status"] == 400 and data["error"]


@pytest.mark.parametrize(
    ("url", "notice"),
    [
        ("/api/search?q=Hafen&to=2023-02-30", None),  # the end of February
        ("/api/search?q=Hafen&page=2000", "Nur die ersten 10.000 Treffer"),
        ("/api/search?q=Hafen&cursor=p9999&size=100", "Nur die ersten 10.000 Treffer"),
    ],
)
def test_values_inside_the_description_are_answered(client: Any, url: str, notice: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.get_json()
    notices = r.get_json()["notices"]
    assert (notice is None and notices == []) or any(n.startswith(notice) for n in notices)


def _accepted(p: Param, raw: str) -> bool:
    try:
        p.read(raw)
    except ApiError:
        return False
    return True


def _valid(p: Param, raw: str) -> bool:
    """Tell whether the raw query value is valid by the parameter's JSON schema."""
    schema = p.schema().get("items", p.schema())
    if schema["type"] == "integer":
        if not re.fullmatch(r"0|-?[1-9][0-9]*", raw):
            return False
        return jsonschema_rs.validator_for(schema).is_valid(int(raw))
    return jsonschema_rs.validator_for(schema).is_valid(raw)


PARAMS = {
    (r.path, p.name): p for r in routes(SearchLimits(query_chars=30, analyze_chars=30))
    for p in r.params
}  # fmt: skip
raw_values = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\A-?[0-9]{1,6}\Z"),
    st.from_regex(r"\A[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?\Z"),
    st.from_regex(r"\Ap[0-9]{1,6}\Z"),
    st.sampled_from(["facets", "timeline", "facets,timeline", "1", "0", "true", "newest", "de"]),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(key=st.sampled_from(sorted(PARAMS)), raw=raw_values)
def test_a_parameter_is_read_exactly_as_described(key: tuple[str, str], raw: str) -> None:
    param = PARAMS[key]
    assert _accepted(param, raw) == _valid(param, raw), (key, raw)
