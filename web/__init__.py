"""The web app: a German search page and a JSON API over the same search."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app
from flask.json.provider import DefaultJSONProvider

from index.store import resolve_index_dir
from search.request import SearchLimits

if TYPE_CHECKING:
    # The search side is imported when an app first opens its index, so that the command
    # line's indexing run starts without it.
    from search.archive import Archive


def script_safe(text: str) -> str:
    """Write <, > and & in JSON text as \\u escapes: same data, but no markup in the bytes.

    In JSON these characters occur only inside strings, where the escape means the same.
    """
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class SafeJSONProvider(DefaultJSONProvider):
    """Flask's JSON, with script_safe applied: an answer opened as HTML runs nothing."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return script_safe(super().dumps(obj, **kwargs))


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Create the app: defaults, then environment or instance config, then test config."""
    app = Flask(__name__, instance_relative_config=True)
    # "/articles//etc/passwd" is looked up as the id "/etc/passwd" (404), not redirected.
    app.url_map.merge_slashes = False
    # The search limits' defaults are SearchLimits' own (search/request.py).
    limits = SearchLimits()
    app.config.from_mapping(
        INDEX_DIR=None,
        MAX_QUERY_CHARS=limits.query_chars,
        DEFAULT_PAGE_SIZE=limits.default_page_size,
        MAX_PAGE_SIZE=limits.max_page_size,
        MAX_RESULT_WINDOW=limits.result_window,
        FEED_SIZE=limits.feed_size,
        MAX_EXPORT=limits.export_size,
        MAX_ANALYZE_CHARS=limits.analyze_chars,
        # Seconds a search may rank matches; then it shows those found so far (0: no limit).
        # The web app has one where the command line and the evaluation have none.
        SEARCH_TIME_LIMIT=5,
        JSON_SORT_KEYS=False,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("NEWSARCHIVE")
    else:
        app.config.from_mapping(test_config)
    # The index folder: the config, else $NEWSARCHIVE_INDEX, else the default.
    app.config["INDEX_DIR"] = str(resolve_index_dir(app.config.get("INDEX_DIR")))
    app.extensions["newsarchive.limits"] = search_limits(app.config)
    app.json = SafeJSONProvider(app)
    app.json.sort_keys = False
    app.extensions["newsarchive.lock"] = threading.Lock()

    from web import views

    app.register_blueprint(views.bp)
    views.register_errors(app)
    return app


def search_limits(config: Mapping[str, Any]) -> SearchLimits:
    """Make the search's limits from the app's configuration (a bad value stops the start)."""
    try:
        return SearchLimits(
            default_page_size=int(config["DEFAULT_PAGE_SIZE"]),
            max_page_size=int(config["MAX_PAGE_SIZE"]),
            result_window=int(config["MAX_RESULT_WINDOW"]),
            query_chars=int(config["MAX_QUERY_CHARS"]),
            time_limit=float(config["SEARCH_TIME_LIMIT"] or 0) or None,
            export_size=int(config["MAX_EXPORT"]),
            feed_size=int(config["FEED_SIZE"]),
            analyze_chars=int(config["MAX_ANALYZE_CHARS"]),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"newsarchive: a search limit in the configuration is wrong: {exc}"
        ) from None


def get_limits() -> SearchLimits:
    """Return the app's search limits."""
    limits: SearchLimits = current_app.extensions["newsarchive.limits"]
    return limits


def get_archive() -> Archive:
    """Return the app's archive, opening the index on first use (once per app)."""
    archive = current_app.extensions.get("newsarchive.archive")
    if archive is None:
        with current_app.extensions["newsarchive.lock"]:
            archive = current_app.extensions.get("newsarchive.archive")
            if archive is None:
                from search.archive import Archive

                archive = Archive(current_app.config["INDEX_DIR"], limits=get_limits())
                current_app.extensions["newsarchive.archive"] = archive
    return archive
