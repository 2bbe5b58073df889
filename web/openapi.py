"""The OpenAPI description of the app, made from the code it describes.

Parameters come from their declarations in web.params (the same objects read them), the
answers' schemas from the answer types in web.answers (web.schema), and bounds from the
app's search limits: nothing here is written twice.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from search.request import SearchLimits
from web import answers
from web.params import (
    FORMATS,
    Param,
    analyze_params,
    article_params,
    complete_params,
    search_params,
)
from web.schema import Schemas

ERROR = {"$ref": "#/components/responses/Error"}
ERROR_PAGE = {"$ref": "#/components/responses/ErrorPage"}
# What a search answers besides JSON, by its format parameter.
EXPORTS = {
    "application/atom+xml": "an Atom feed (format=atom)",
    "text/csv": "CSV (format=csv)",
    "application/x-ndjson": "JSON lines (format=jsonl)",
}


class Route:
    """One GET route: what it is, what it takes, and what it answers."""

    def __init__(
        self,
        path: str,
        summary: str,
        params: tuple[Param, ...] = (),
        answer: Any = None,
        media: dict[str, str] | None = None,
        path_params: tuple[str, ...] = (),
        errors: tuple[int, ...] = (400, 503),
        page: bool = False,
    ) -> None:
        self.path, self.summary, self.params = path, summary, params
        self.answer, self.media = answer, media or {}
        self.path_params, self.errors = path_params, errors
        # A page answers its errors as a page; the API in the one JSON shape.
        self.page = page


def routes(limits: SearchLimits) -> tuple[Route, ...]:
    """List every route of the app with its parameters and answers."""
    pages = search_params(limits, FORMATS)
    feed = tuple(p for p in search_params(limits) if p.name != "format")
    article = ("article_id",)
    return (
        Route("/api/search", "Search the archive.", search_params(limits), answers.Search, EXPORTS),
        Route(
            "/api/articles/{article_id}",
            "One cleaned article.",
            article_params(limits),
            answers.Article,
            path_params=article,
            errors=(400, 404, 503),
        ),
        Route("/api/stats", "What the archive holds.", (), answers.Stats, errors=(503,)),
        Route(
            "/api/analyze",
            "The terms the analyzer makes of a text.",
            analyze_params(limits),
            answers.Analysis,
        ),
        Route(
            "/api/complete",
            "Completions for a query being typed.",
            complete_params(limits),
            answers.Completions,
        ),
        Route("/api/openapi.json", "This description.", (), {"type": "object"}, errors=()),
        Route(
            "/healthz",
            "Whether the index can be opened and searched (503 says why not).",
            (),
            answers.Health,
            errors=(503,),
        ),
        Route(
            "/",
            "The search page (format= gives the JSON, feed and export answers).",
            pages,
            answers.Search,
            media={"text/html": "the search page", **EXPORTS},
            page=True,
        ),
        Route(
            "/feed",
            "A search as an Atom feed, newest first.",
            feed,
            media={"application/atom+xml": "the feed"},
            page=True,
        ),
        Route(
            "/articles/{article_id}",
            "The article page.",
            article_params(limits),
            media={"text/html": "the article page"},
            path_params=article,
            errors=(400, 404, 503),
            page=True,
        ),
        Route(
            "/stats",
            "What the archive holds, as a page.",
            (),
            media={"text/html": "the page"},
            errors=(503,),
            page=True,
        ),
    )


def _parameter(p: Param) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "in": "query",
        "required": False,
        "description": p.description,
        "schema": p.schema(),
    }
    if p.repeat:
        out["style"] = "form"
        out["explode"] = True
    if p.example:
        out["example"] = p.example
    return out


def _operation(route: Route, schemas: Schemas, article_example: str | None) -> dict[str, Any]:
    parameters = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "string", "minLength": 1},
            **({"example": article_example} if article_example else {}),
        }
        for name in route.path_params
    ] + [_parameter(p) for p in route.params]
    content: dict[str, Any] = {}
    if route.answer is not None:
        schema = route.answer if isinstance(route.answer, dict) else schemas.of(route.answer)
        content["application/json"] = {"schema": schema}
    for media, what in route.media.items():
        content.setdefault(media, {"schema": {"type": "string", "description": what}})
    responses: dict[str, Any] = {"200": {"description": "OK", "content": content}}
    for status in route.errors:
        responses[str(status)] = ERROR_PAGE if route.page else ERROR
    return {"summary": route.summary, "parameters": parameters, "responses": responses}


def openapi(app: Flask, article_example: str | None = None) -> dict[str, Any]:
    """Return the OpenAPI 3.1 document of the app (bounds from its search limits).

    article_example: an id of the archive, given as the example of article paths.
    """
    schemas = Schemas()
    paths = {
        route.path: {"get": _operation(route, schemas, article_example)}
        for route in routes(app.extensions["newsarchive.limits"])
    }
    error = schemas.of(answers.Error)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newsarchive",
            "version": app.config.get("API_VERSION", "1"),
            "description": "Full-text search over a news archive. Every JSON answer has "
            "took_ms; every error has the shape {ok: false, error, status}. Only GET and "
            "HEAD are answered (others: 405).",
        },
        "paths": paths,
        "components": {
            "schemas": schemas.named,
            "responses": {
                "Error": {
                    "description": "The one error shape: a bad parameter (400), an unknown "
                    "id (404), no usable index (503).",
                    "content": {"application/json": {"schema": error}},
                },
                "ErrorPage": {
                    "description": "An error page saying what went wrong.",
                    "content": {"text/html": {"schema": {"type": "string"}}},
                },
            },
        },
    }
