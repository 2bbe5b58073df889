"""The OpenAPI description of the JSON API, made from the parameter declarations in use."""

from __future__ import annotations

from typing import Any

from flask import Flask

from search.request import SearchLimits
from web.params import ANALYZE_PARAMS, ARTICLE_PARAMS, COMPLETE_PARAMS, Param, search_params

ERROR = {
    "type": "object",
    "required": ["ok", "error", "status"],
    "properties": {
        "ok": {"const": False},
        "error": {"type": "string"},
        "status": {"type": "integer"},
    },
}
_REF = {
    "id": {"type": "string"},
    "title": {"type": "string"},
    "display_title": {"type": "string", "description": "the title, else the text's start"},
    "source": {"type": "string"},
}
REF = {"type": "object", "properties": {**_REF, "date": {"type": ["string", "null"]}}}
HIT = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string", "description": "empty when the article has none"},
        "display_title": {
            "type": "string",
            "description": "the title; for an untitled article the start of its text",
        },
        "date": {"type": ["string", "null"], "format": "date"},
        "source": {"type": "string"},
        "url": {"type": "string"},
        "lang": {"type": "string"},
        "category": {"type": "string"},
        "score": {"type": "number"},
        "snippet": {"type": "string", "description": "HTML: escaped text, matches in <mark>"},
        "also_in": {"type": "array", "items": REF},
        "explain": {"type": "array", "items": {"type": "object"}},
    },
}
SEARCH = {
    "type": "object",
    "properties": {
        "ok": {"const": True},
        "query": {"type": "string"},
        "total": {"type": "integer", "description": "matching articles, copies counted once"},
        "page": {"type": "integer"},
        "size": {"type": "integer"},
        "pages": {"type": "integer"},
        "took_ms": {"type": "number"},
        "sort": {"type": "string"},
        "filters": {"type": "object"},
        "notices": {"type": "array", "items": {"type": "string"}},
        "suggestion": {"type": ["string", "null"]},
        "relaxed": {"type": "array", "items": {"type": "object"}},
        "facets": {"type": ["object", "null"]},
        "timeline": {"type": ["object", "null"]},
        "next_cursor": {"type": ["string", "null"]},
        "next_url": {"type": ["string", "null"]},
        "hits": {"type": "array", "items": HIT},
    },
}
OBJECT = {"type": "object"}

Route = tuple[str, str, tuple[Param, ...], dict[str, Any], tuple[str, ...]]


def routes(limits: SearchLimits) -> tuple[Route, ...]:
    """List each JSON route: (path, summary, parameters, answer schema, path parameters)."""
    return (
        ("/api/search", "Search the archive.", search_params(limits), SEARCH, ()),
        (
            "/api/articles/{article_id}",
            "One cleaned article.",
            ARTICLE_PARAMS,
            OBJECT,
            ("article_id",),
        ),
        ("/api/stats", "What the archive holds.", (), OBJECT, ()),
        ("/api/analyze", "The tokens the analyzer makes of a text.", ANALYZE_PARAMS, OBJECT, ()),
        ("/api/complete", "Completions for a query being typed.", COMPLETE_PARAMS, OBJECT, ()),
        ("/api/openapi.json", "This description.", (), OBJECT, ()),
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


def openapi(app: Flask) -> dict[str, Any]:
    """Return the OpenAPI 3.1 document of the JSON API (bounds from the app's search limits)."""
    paths: dict[str, Any] = {}
    for path, summary, params, schema, path_params in routes(app.extensions["newsarchive.limits"]):
        parameters = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in path_params
        ] + [_parameter(p) for p in params]
        responses: dict[str, Any] = {
            "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
            "400": {"$ref": "#/components/responses/Error"},
        }
        if path_params:
            responses["404"] = {"$ref": "#/components/responses/Error"}
        paths[path] = {
            "get": {"summary": summary, "parameters": parameters, "responses": responses}
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newsarchive",
            "version": app.config.get("API_VERSION", "1"),
            "description": "Full-text search over a news archive. Every answer has took_ms; "
            "every error has the shape {ok: false, error, status}.",
        },
        "paths": paths,
        "components": {
            "responses": {
                "Error": {
                    "description": "The one error shape.",
                    "content": {"application/json": {"schema": ERROR}},
                }
            }
        },
    }
