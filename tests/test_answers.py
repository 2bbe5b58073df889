"""The answer types say what the API sends: field by field against the search layer's
result types, and real answers checked against the schema made from them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, get_args, get_type_hints

import jsonschema_rs
import pytest
from flask import Flask

from index.schema import LANGUAGE_GROUPS
from search.explain import KINDS
from search.filters import DIMENSIONS
from search.request import SORTS
from search.rerank import INPUTS
from search.results import ArticleView, Hit, SearchResult
from web import answers, create_app
from web.openapi import openapi

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"


def _fields(tp: Any) -> set[str]:
    return {f.name for f in dataclasses.fields(tp)}


@pytest.fixture(scope="module")
def news_app(news_index: Path) -> Flask:
    return create_app({"TESTING": True, "INDEX_DIR": str(news_index)})


@pytest.fixture()
def news_client(news_app: Flask) -> Any:
    return news_app.test_client()


# (answer type, result type, fields only the answer has, fields the answer leaves out)
PAIRS = [
    (answers.Hit, Hit, set(), {"title_html"}),
    (
        answers.Search,
        SearchResult,
        {"ok", "pages", "next_cursor", "next_url"},
        set(),
    ),
    (
        answers.Article,
        ArticleView,
        {"ok", "took_ms"},
        {"title_html", "caption_html", "body_html"},
    ),
]


@pytest.mark.parametrize(("answer", "result", "web_only", "left_out"), PAIRS)
def test_answers_hold_every_field_of_their_result(
    answer: Any, result: Any, web_only: set[str], left_out: set[str]
) -> None:
    assert set(get_type_hints(answer)) == (_fields(result) - left_out) | web_only


@pytest.mark.parametrize(
    ("answer", "field", "vocabulary"),
    [
        (answers.Search, "sort", SORTS),
        (answers.Reason, "how", KINDS),
        (answers.Analysis, "lang", LANGUAGE_GROUPS),
        (answers.Relaxed, "drop", (*DIMENSIONS, "date", "syntax")),
        (answers.Lift, "input", INPUTS),
    ],
)
def test_answer_vocabularies_are_the_code_s(
    answer: Any, field: str, vocabulary: tuple[str, ...]
) -> None:
    assert set(get_args(get_type_hints(answer)[field])) == set(vocabulary)


def _validator(app: Flask, path: str, status: str = "200") -> Any:
    doc = openapi(app)
    response = doc["paths"][path]["get"]["responses"][status]
    if "$ref" in response:
        response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response["content"]["application/json"]["schema"]
    return jsonschema_rs.validator_for({**schema, "components": doc["components"]})


REQUESTS = [
    ("/api/search", "/api/search?q=Waffenlieferungen"),
    ("/api/search", "/api/search?q=Waffenlieferungen&extra=facets,timeline&explain=1"),
    ("/api/search", "/api/search?q=Waffenlieferungen&explain=1&collapse=0&sort=oldest"),
    ("/api/search", "/api/search?q=Käsemarktt"),
    ("/api/search", "/api/search?q=Hafen&source=weserbote&extra=facets"),
    ("/api/search", "/api/search?source=weserbote&extra=timeline&explain=1"),
    ("/api/search", "/api/search?q=%22Kim+Jong-un%22+-Putin&size=3&page=2"),
    ("/api/search", "/api/search?q=Hafen&page=2000"),
    ("/api/search", "/api/search?q=titel:Hafen+ODER+(Senat+UND+Bremen)&explain=1"),
    ("/api/articles/{article_id}", f"/api/articles/{WAFFEN}?q=Kim"),
    ("/api/articles/{article_id}", "/api/articles/weserbote/ohne-datum_stadtbibliothek"),
    ("/api/stats", "/api/stats"),
    ("/api/analyze", "/api/analyze?text=Waffenlieferungen+an+Kim+Jong-un&lang=de"),
    ("/api/analyze", "/api/analyze?text=&lang=en"),
    ("/api/complete", "/api/complete?q=Fl%C3%BCcht"),
    ("/api/complete", "/api/complete?q="),
    ("/healthz", "/healthz"),
]


@pytest.mark.parametrize(("path", "url"), REQUESTS)
def test_real_answers_match_their_schema(
    news_client: Any, news_app: Flask, path: str, url: str
) -> None:
    r = news_client.get(url)
    assert r.status_code == 200, r.data[:300]
    errors = [str(e) for e in _validator(news_app, path).iter_errors(r.get_json())]
    assert errors == []


@pytest.mark.parametrize(
    ("path", "url", "status"),
    [
        ("/api/search", "/api/search?q=x&sort=random", "400"),
        ("/api/articles/{article_id}", "/api/articles/nicht-da", "404"),
    ],
)
def test_errors_match_their_schema(
    news_client: Any, news_app: Flask, path: str, url: str, status: str
) -> None:
    r = news_client.get(url)
    assert str(r.status_code) == status
    assert [str(e) for e in _validator(news_app, path, status).iter_errors(r.get_json())] == []


def test_an_undescribed_field_fails_the_schema(news_client: Any, news_app: Flask) -> None:
    answer = news_client.get("/api/search?q=Hafen").get_json()
    validator = _validator(news_app, "/api/search")
    assert validator.is_valid(answer)
    answer["hits"][0]["surprise"] = 1
    assert not validator.is_valid(answer)
