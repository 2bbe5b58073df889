"""Routes: each HTML page and its JSON twin render the same search-layer object."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from index.store import StoreError
from search.engine import BadRequest
from web import get_archive

bp = Blueprint("web", __name__)

# How a query word met the text, as the search page says it.
HOW = {
    "exact": "genau",
    "umlaut": "Umlaut-Schreibung",
    "stem": "andere Wortform",
    "compound": "Wortteil",
    "phrase": "Wortfolge",
}


class ApiError(Exception):
    """An error answered in the one error shape, as JSON or as an HTML page."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    """Read an integer query parameter within bounds, or answer 400."""
    raw = request.args.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be between {low} and {high}")
    return value


def _search_args() -> tuple[str, int, int]:
    """Read and check q, page and size."""
    q = request.args.get("q", "")
    limit = current_app.config["MAX_QUERY_CHARS"]
    if len(q) > limit:
        raise ApiError(400, f"q is longer than {limit} characters")
    size = _int_arg(
        "size", current_app.config["DEFAULT_PAGE_SIZE"], 1, current_app.config["MAX_PAGE_SIZE"]
    )
    page = _int_arg("page", 1, 1, 10_000)
    return q.strip(), page, size


def _run_search(explain: bool = False) -> Any:
    q, page, size = _search_args()
    try:
        return get_archive().search(q, page=page, size=size, explain=explain)
    except BadRequest as exc:
        raise ApiError(400, str(exc)) from None


@bp.get("/")
def search_page() -> str:
    """Render the search page with results for q, if given."""
    result = _run_search(explain=True) if request.args.get("q", "").strip() else None
    return render_template("search.html", result=result, q=request.args.get("q", ""), how=HOW)


@bp.get("/api/search")
def search_api() -> Response:
    """Answer a search as JSON."""
    explain = request.args.get("explain", "") in ("1", "true", "yes")
    result = _run_search(explain=explain)
    data = result.as_dict()
    keys = ["id", "title", "date", "source", "url", "lang", "score", "snippet"]
    data["hits"] = [
        {k: h[k] for k in keys + (["explain"] if explain else [])} for h in data["hits"]
    ]
    return jsonify(data)


def _article(article_id: str) -> Any:
    view = get_archive().article(article_id, request.args.get("q", "")[:1000])
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
    return jsonify(_article(article_id).as_dict())


@bp.get("/stats")
def stats_page() -> str:
    """Render what the archive holds."""
    return render_template("stats.html", stats=get_archive().stats())


@bp.get("/api/stats")
def stats_api() -> Response:
    """Answer what the archive holds as JSON."""
    return jsonify(get_archive().stats())


@bp.get("/healthz")
def healthz() -> Response:
    """Tell whether the index can be opened and searched."""
    try:
        get_archive().searcher()
    except StoreError as exc:
        return _error_response(503, str(exc))
    return jsonify({"ok": True, "status": 200})


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
        return _error_response(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Any:
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
