"""A search as something to take away: an Atom feed, a CSV or JSON lines download."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from html import unescape

from flask import Response, render_template, request, stream_with_context, url_for

from search.results import SearchResult
from web import script_safe
from web.params import SearchArgs

COLUMNS = ("date", "source", "title", "display_title", "url", "snippet", "id")
_TAG = re.compile(r"</?mark>")
# Characters XML 1.0 forbids, even escaped: a query or an article with one would break the feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Rows fetched per search while streaming an export (at most a page, see SearchLimits).
BATCH = 100


def plain(snippet_html: str) -> str:
    """Turn a snippet's HTML back into plain text."""
    return unescape(_TAG.sub("", snippet_html))


def atom(args: SearchArgs, result: SearchResult) -> Response:
    """Render a search's newest hits as an Atom feed."""
    updated = max((h.date for h in result.hits if h.date), default=None)
    xml = render_template(
        "feed.xml",
        args=args,
        result=result,
        self_url=request.url,
        page_url=url_for("web.search_page", _external=True, **args.params(page=None)),
        updated=(updated + "T00:00:00Z") if updated else _now(),
        tag_base=request.host.split(":")[0] or "localhost",
    )
    return Response(_NOT_XML.sub("", xml), mimetype="application/atom+xml")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def download(
    args: SearchArgs, run: Callable[..., SearchResult], limit: int, page_size: int
) -> Response:
    """Stream up to limit hits of a search as CSV or JSON lines, page_size hits a search."""
    fmt = args.format
    batch_size = min(BATCH, page_size)

    def rows() -> Iterator[str]:
        if fmt == "csv":
            yield _csv_line(COLUMNS)
        sent = 0
        page = 1
        while sent < limit:
            batch = SearchArgs(**{**args.__dict__, "page": page, "size": batch_size})
            result = run(batch, extras=(), explain=False)
            if not result.hits:
                return
            for hit in result.hits:
                record = {
                    "date": hit.date or "",
                    "source": hit.source,
                    "title": hit.title,
                    "display_title": hit.display_title,
                    "url": hit.url,
                    "snippet": plain(hit.snippet),
                    "id": hit.id,
                }
                if fmt == "csv":
                    yield _csv_line([record[c] for c in COLUMNS])
                else:
                    yield script_safe(json.dumps(record, ensure_ascii=False)) + "\n"
                sent += 1
                if sent >= limit:
                    return
            if page * batch_size >= min(result.total, limit):
                return
            page += 1

    mimetype = "text/csv" if fmt == "csv" else "application/x-ndjson"
    response = Response(stream_with_context(rows()), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="newsarchive-search.{fmt}"'
    return response


def _csv_line(values: Iterable[object]) -> str:
    out = io.StringIO()
    # A cell starting with = + - @ is a formula to spreadsheet programs: quote it away.
    cells = ["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v for v in values]
    csv.writer(out).writerow(cells)
    return out.getvalue()
