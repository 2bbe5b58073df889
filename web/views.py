"""Routes: each HTML page and its JSON twin render the same search-layer object."""

from __future__ import annotations

import time
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    g,
    jsonify,
    make_response,
    render_template,
    request,
    url_for,
)
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from index.store import StoreError, find_damage
from search.request import EXTRAS, SORTS, BadRequest
from search.results import SearchResult
from web import exports, get_archive, get_limits
from web.openapi import openapi
from web.params import (
    ApiError,
    SearchArgs,
    analyze_params,
    article_params,
    complete_params,
    encode_cursor,
    search_args,
)

bp = Blueprint("web", __name__)

# The orders of hits, as the search page names them (one for each of SORTS).
SORT_NAMES = {"relevance": "Relevanz", "newest": "neueste zuerst", "oldest": "älteste zuerst"}
# How a query word met the text, as the search page says it (one for each of explain.KINDS).
HOW = {
    "exact": "genau",
    "umlaut": "Umlaut-Schreibung",
    "stem": "andere Wortform",
    "compound": "Wortteil",
    "phrase": "Wortfolge",
    "prefix": "Wortanfang",
}
# What lifted a question's hit, as the search page says it (one for each of rerank.INPUTS).
LIFTS = {
    "log_share": "Wertung der Wörter",
    "inv_rank": "Rang vor der Neuordnung",
    "cov": "Anteil der Wörter der Frage",
    "cov_idf": "Anteil der Wörter der Frage",
    "cov_number": "Zahlen und Daten der Frage",
    "cov_proper": "Namen der Frage",
    "cov_rare": "seltene Wörter der Frage",
    "title_idf": "Wörter der Frage im Titel",
    "lead_idf": "Wörter der Frage im Vorspann",
    "window_idf": "Wörter der Frage in einem Absatz",
    "near": "Wörter der Frage beieinander",
    "bm25_body": "Wertung des Textes",
    "bm25_title": "Wertung des Titels",
    "body_words": "Länge des Textes",
}
# Facet and filter names as the page shows them.
DIMENSION_NAMES = {
    "source": "Quelle",
    "lang": "Sprache",
    "category": "Kategorie",
    "year": "Jahr",
    "date": "Zeitraum",
    "syntax": "Suchsyntax",
    "extractor": "Textquelle",
    "flag": "Hinweise",
}
# Quality flags as the page names them.
FLAG_NAMES = {
    "date-missing": "ohne Datum",
    "date-future": "Datum in der Zukunft",
    "date-before-1900": "Datum vor 1900",
    "lang-uncertain": "Sprache unsicher",
    "lang-unknown": "Sprache unbekannt",
    "cleaning-uncertain": "Bereinigung unsicher",
}
HIT_KEYS = (
    "id",
    "title",
    "display_title",
    "date",
    "source",
    "url",
    "lang",
    "category",
    "score",
    "snippet",
    "missing",
    "fallback",
)


@bp.app_context_processor
def _names() -> dict[str, Any]:
    return {"flag_names": FLAG_NAMES}


# The archive is read, never written, over the web.
READ_METHODS = ("GET", "HEAD")


@bp.before_app_request
def _start_clock() -> None:
    g.started = time.perf_counter()


@bp.before_app_request
def _only_read() -> None:
    # Other methods on a known URL are refused already; this refuses OPTIONS too.
    if request.url_rule is not None and request.method not in READ_METHODS:
        raise MethodNotAllowed(valid_methods=list(READ_METHODS))


def _took_ms() -> float:
    return round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 2)


def _run_search(
    args: SearchArgs, extras: tuple[str, ...] | None = None, explain: bool | None = None
) -> SearchResult:
    try:
        return get_archive().search(
            args.q,
            page=args.page,
            size=args.size,
            explain=args.explain if explain is None else explain,
            filters=args.filters,
            sort=args.sort,
            extras=args.extras if extras is None else extras,
            collapse=args.collapse,
        )
    except BadRequest as exc:
        raise ApiError(400, str(exc)) from None


def _wants_results(args: SearchArgs) -> bool:
    return bool(args.q) or args.filters.active


@bp.get("/")
def search_page() -> Any:
    """Render the search page with results for q (and filters), if given."""
    args = search_args("html")
    if args.format != "html":
        return _export(args)
    result = None
    if _wants_results(args):
        result = _run_search(args, extras=EXTRAS, explain=True)
    return render_template(
        "search.html",
        result=result,
        args=args,
        q=args.q,
        how=HOW,
        lifts=LIFTS,
        names=DIMENSION_NAMES,
        sorts=[(key, SORT_NAMES[key]) for key in SORTS],
        feed_url=args.url(format="atom", page=None),
    )


@bp.get("/feed")
def feed() -> Any:
    """Answer a search as an Atom feed, newest first."""
    args = search_args("atom")
    args.format = "atom"
    return _export(args)


def hit_json(hit: dict[str, Any], explain: bool) -> dict[str, Any]:
    """Pick what a hit shows in JSON."""
    out = {k: hit[k] for k in HIT_KEYS}
    out["also_in"] = hit["also_in"]
    out["group"] = hit["group"]
    out["group_size"] = hit["group_size"]
    if explain:
        # A hit of a browse by filters alone matched no words: nothing to explain.
        out["explain"] = hit["explain"] or []
        out["ranked_by"] = hit["ranked_by"] or []
    return out


def search_json(args: SearchArgs, result: SearchResult) -> dict[str, Any]:
    """Turn a search result into the JSON answer, with links to go on."""
    data = result.as_dict()
    data["ok"] = True
    data["hits"] = [hit_json(h, args.explain) for h in data["hits"]]
    data["pages"] = result.pages
    more = result.page < result.pages and result.page * result.size < get_limits().result_window
    data["next_cursor"] = encode_cursor(result.page + 1) if more else None
    data["next_url"] = (
        url_for(
            "web.search_api",
            _external=True,
            **args.params(page=None, cursor=data["next_cursor"]),
        )
        if more
        else None
    )
    for offer in data["relaxed"]:
        offer["url"] = url_for("web.search_api", _external=True, q=offer["q"], **offer["filters"])
    if data["facets"]:
        for facet, values in data["facets"].items():
            for v in values:
                v["toggle_url"] = args.toggle(facet, v["value"], "web.search_api")
    if data["timeline"]:
        for bucket in data["timeline"]["buckets"]:
            bucket["url"] = args.url(
                "web.search_api", page=None, **{"from": bucket["from"], "to": bucket["to"]}
            )
    return data


@bp.get("/api/search")
def search_api() -> Any:
    """Answer a search as JSON (or, with format=, as Atom, CSV or JSON lines)."""
    args = search_args("json")
    if args.format != "json":
        return _export(args)
    result = _run_search(args)
    data = search_json(args, result)
    data["took_ms"] = result.took_ms
    return jsonify(data)


def _export(args: SearchArgs) -> Response:
    """Answer a search as an Atom feed or a CSV / JSON lines download."""
    if args.format == "html":
        raise ApiError(400, "format=html is the search page itself")
    if args.format == "json":
        return search_api()
    if args.format == "atom":
        args.sort = "newest"
        args.page = 1
        args.size = min(args.size, get_limits().feed_size)
        result = _run_search(args, extras=())
        return exports.atom(args, result)
    limits = get_limits()
    return exports.download(args, _run_search, limits.export_size, limits.max_page_size)


@bp.get("/api/complete")
def complete_api() -> Response:
    """Complete a query being typed: archive words and titles."""
    (param,) = complete_params(get_limits())
    q = param.get("")
    data = get_archive().complete(q)
    return jsonify({"ok": True, "q": q, **data, "took_ms": _took_ms()})


@bp.get("/api/analyze")
def analyze_api() -> Response:
    """Show the tokens the analyzer makes of a text."""
    text_param, lang_param = analyze_params(get_limits())
    text = text_param.get("")
    lang = lang_param.get("de")
    tokens = get_archive().analyze(text, lang)
    return jsonify(
        {"ok": True, "text": text, "lang": lang, "tokens": tokens, "took_ms": _took_ms()}
    )


def _article(article_id: str) -> Any:
    (param,) = article_params(get_limits())
    view = get_archive().article(article_id, param.get(""))
    if view is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return view


@bp.get("/articles/<path:article_id>")
def article_page(article_id: str) -> str:
    """Render one cleaned article with the query's words marked."""
    view = _article(article_id)
    return render_template(
        "article.html",
        article=view,
        q=request.args.get("q", ""),
        paragraphs=[Markup(p) for p in view.body_html],
    )


@bp.get("/api/articles/<path:article_id>")
def article_api(article_id: str) -> Response:
    """Answer one cleaned article as JSON."""
    data = _article(article_id).as_dict()
    return jsonify({**data, "ok": True, "took_ms": _took_ms()})


@bp.get("/stats")
def stats_page() -> str:
    """Render what the archive holds."""
    return render_template("stats.html", stats=get_archive().stats())


@bp.get("/api/stats")
def stats_api() -> Response:
    """Answer what the archive holds as JSON."""
    return jsonify({"ok": True, **get_archive().stats(), "took_ms": _took_ms()})


@bp.get("/api/openapi.json")
def openapi_api() -> Response:
    """Describe the API (OpenAPI 3.1), with an article of this archive as the example id."""
    try:
        example = get_archive().example_id()
    except StoreError:
        example = None
    return jsonify(openapi(current_app, example))


@bp.get("/healthz")
def healthz() -> Response:
    """Tell whether the index can be opened and searched."""
    try:
        get_archive().searcher()
    except StoreError as exc:
        return _error_response(503, str(exc))
    return jsonify({"ok": True, "status": 200, "took_ms": _took_ms()})


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def _error_response(status: int, message: str) -> Any:
    if _wants_json():
        response = jsonify({"ok": False, "error": message, "status": status})
        response.status_code = status
        return response
    return render_template("error.html", status=status, message=message), status


def register_errors(app: Flask) -> None:
    """Answer every error in one shape: JSON under /api/, an HTML page elsewhere."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Any:
        return _error_response(exc.status, exc.message)

    @app.errorhandler(StoreError)
    def _store_error(exc: StoreError) -> Any:
        return _error_response(503, str(exc))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Any:
        response = make_response(_error_response(exc.code or 500, exc.description or exc.name))
        if isinstance(exc, MethodNotAllowed):
            response.headers["Allow"] = ", ".join(READ_METHODS)
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Any:
        # Bytes gone bad inside an index file make its readers raise anything: if a
        # file no longer matches its checksum, say which, as opening a damaged index does.
        damaged = find_damage(current_app.config["INDEX_DIR"])
        if damaged is not None:
            return _error_response(503, str(damaged))
        app.logger.exception("unexpected error")
        return _error_response(500, "internal error")

    @app.after_request
    def _security_headers(response: Response) -> Response:
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
