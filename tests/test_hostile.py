"""Hostile requests: methods, paths, payloads in the index and in the URL, headers."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

PROBE = "weserbote/2023-02-14_script-probe"
ARTICLE = "weserbote/2022-05-10_hafen-ausbau"
# Every route, as a URL that answers 200 over the news index.
ROUTES = [
    "/",
    "/?q=Hafen",
    "/feed?q=Hafen",
    "/api/search?q=Hafen",
    "/api/search?q=Hafen&format=csv",
    "/api/search?q=Hafen&format=jsonl",
    "/api/complete?q=Haf",
    "/api/analyze?text=Hafen",
    f"/articles/{ARTICLE}",
    f"/api/articles/{ARTICLE}",
    "/stats",
    "/api/stats",
    "/api/openapi.json",
    "/healthz",
    "/static/style.css",
    "/static/search.js",
]
TRAVERSALS = [
    "../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/etc/passwd",
    "....//....//etc/passwd",
    "%252e%252e%252fetc%252fpasswd",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "C:%5cWindows%5cwin.ini",
    "..%5c..%5cwindows%5cwin.ini",
    "file:%2f%2f%2fetc%2fpasswd",
    "%00",
    f"{ARTICLE}%00",
    f"{ARTICLE}%00.html",
    f"{ARTICLE}/../{ARTICLE}",
    f"../{ARTICLE}",
    "weserbote/..",
    "%ff%fe",
    "~root",
]
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def _fetch(client, url: str, method: str = "GET", **kwargs):
    """Answer a request with its body read and the response closed (files, streams)."""
    r = client.open(url, method=method, **kwargs)
    r.get_data()
    r.close()
    return r


def _assert_headers(r, url: str) -> None:
    csp = r.headers.get("Content-Security-Policy", "")
    for part in ("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"):
        assert part in csp, (url, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for name, value in SECURITY_HEADERS.items():
        assert r.headers.get(name) == value, (url, name)


def _assert_error_shape(r, status: int) -> None:
    assert r.status_code == status, (r.request.url, r.status_code)
    if r.request.path.startswith("/api/") or r.request.path == "/healthz":
        assert r.mimetype == "application/json"
        data = r.get_json()
        assert data["ok"] is False and data["status"] == status and data["error"]
    else:
        assert r.mimetype == "text/html"
        if r.request.method != "HEAD":
            assert f"Fehler {status}" in r.get_data(as_text=True)


class _Tags(HTMLParser):
    """Collect every start tag with its attributes, and the text inside <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.script_text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _assert_inert(html: str) -> _Tags:
    """No inline script, no event handler attribute, no javascript: link in a page."""
    page = _parse(html)
    assert not page.script_text
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), attrs
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().casefold()
            assert not value.startswith(("javascript:", "vbscript:")), (tag, attrs)
            assert not value.startswith("data:") or value == "data:,", (tag, attrs)  # no icon
    assert "<b>Netz</b>" not in html and "<script>alert" not in html
    return page


# -- methods ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_only_get_and_head_on_every_route(news_client, method: str) -> None:
    for url in ROUTES:
        r = _fetch(news_client, url, method, data=b"q=x")
        _assert_error_shape(r, 405)
        assert r.headers["Allow"] == "GET, HEAD"
        _assert_headers(r, url)


def test_head_answers_like_get_without_a_body(news_client) -> None:
    for url in ROUTES:
        get, head = _fetch(news_client, url), _fetch(news_client, url, "HEAD")
        assert head.status_code == get.status_code == 200, url
        assert head.mimetype == get.mimetype and head.data == b""


def _snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    out = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            st = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[str(path.relative_to(folder))] = (st.st_size, st.st_mtime_ns, digest)
    return out


def test_no_route_writes_to_the_index(news_client, news_index: Path) -> None:
    before = _snapshot(news_index)
    for url in ROUTES:
        for method in ("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"):
            _fetch(news_client, url, method, data=b'{"id": "x", "title": "neu"}')
    for url in ("/api/articles/neu", "/articles/neu"):
        news_client.put(url, json={"id": "neu", "title": "neu", "body": "neu"})
        news_client.delete(f"/api/articles/{ARTICLE}")
    assert _snapshot(news_index) == before
    assert news_client.get(f"/api/articles/{ARTICLE}").status_code == 200
    assert news_client.get("/api/articles/neu").status_code == 404


# -- paths ------------------------------------------------------------------------


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_in_article_ids_is_404(news_client, path: str) -> None:
    for prefix in ("/articles/", "/api/articles/"):
        r = news_client.get(prefix + path)
        _assert_error_shape(r, 404)
        _assert_headers(r, prefix + path)
        assert b"root:" not in r.data and b"[fonts]" not in r.data


@pytest.mark.parametrize(
    "path", ["/static/../views.py", "/static/%2e%2e/views.py", "/static/..%2fviews.py"]
)
def test_static_files_stay_in_their_folder(news_client, path: str) -> None:
    r = _fetch(news_client, path)
    _assert_error_shape(r, 404)
    assert b"import" not in r.data


# -- headers ----------------------------------------------------------------------


def test_security_headers_on_every_answer(news_client) -> None:
    urls = [
        *ROUTES,
        "/api/search?size=0",  # 400 JSON
        "/?size=0",  # 400 page
        "/feed?from=nie",  # 400 on the feed
        "/articles/no-such-id",  # 404 page
        "/api/articles/no-such-id",  # 404 JSON
        "/static/no-such-file.css",  # 404 under /static
        "/nowhere",  # 404 of no route
    ]
    for url in urls:
        _assert_headers(_fetch(news_client, url), url)


def test_unexpected_errors_are_500_in_the_one_shape(news_client, monkeypatch) -> None:
    import web.views

    def broken() -> None:
        raise RuntimeError("disk on fire: /secret/path")

    monkeypatch.setattr(web.views, "get_archive", broken)
    for url in ("/api/search?q=Hafen", "/?q=Hafen", "/feed?q=Hafen", f"/articles/{ARTICLE}"):
        r = news_client.get(url)
        _assert_error_shape(r, 500)
        _assert_headers(r, url)
        assert b"/secret/path" not in r.data and b"Traceback" not in r.data


# -- payloads in the index ----------------------------------------------------------


def test_search_page_and_facets_escape_payloads(news_client) -> None:
    html = news_client.get("/?q=Sicherheitslücke").get_data(as_text=True)
    page = _assert_inert(html)
    assert "&lt;b&gt;Netz&lt;/b&gt;" in html  # the category facet, as text
    assert "&lt;script&gt;alert(" in html
    links = [a.get("href") or "" for t, a in page.tags if t == "a"]
    assert any("category=%3Cb%3ENetz%3C/b%3E" in h for h in links), links


def test_facet_filter_with_the_payload_value_works(news_client) -> None:
    data = news_client.get("/api/search", query_string={"category": "<b>Netz</b>"}).get_json()
    assert [h["id"] for h in data["hits"]] == [PROBE]
    html = news_client.get("/", query_string={"category": "<b>Netz</b>"}).get_data(as_text=True)
    page = _assert_inert(html)
    hidden = [a for t, a in page.tags if t == "input" and a.get("name") == "category"]
    assert hidden and hidden[0]["value"] == "<b>Netz</b>"  # escaped in, parsed back


def test_article_page_escapes_payloads(news_client) -> None:
    for q in ("", "Sicherheitslücke script", "alert"):
        html = news_client.get(f"/articles/{PROBE}", query_string={"q": q}).get_data(as_text=True)
        _assert_inert(html)
        assert "&lt;img src=x onerror=" in html
    related = news_client.get(f"/articles/{ARTICLE}").get_data(as_text=True)
    _assert_inert(related)


def test_json_keeps_payloads_as_data_without_markup(news_client) -> None:
    urls = [
        "/api/search?q=Sicherheitslücke&extra=facets,timeline&explain=1",
        f"/api/articles/{PROBE}?q=alert",
        "/api/complete?q=<script>",
        "/api/analyze?text=<script>alert(1)</script>",
        "/api/articles/<script>alert(1)</script>",
        "/api/search?q=x&sort=<script>",
    ]
    for url in urls:
        r = news_client.get(url)
        assert r.mimetype == "application/json"
        assert b"<" not in r.data and b">" not in r.data, url
        json.loads(r.data)
    data = news_client.get("/api/search?q=Sicherheitslücke&extra=facets").get_json()
    (hit,) = data["hits"]
    assert hit["title"].startswith("<script>alert('titel')</script>")  # the data, unchanged
    assert "<script>" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]
    assert {"value": "<b>Netz</b>"}.items() <= data["facets"]["category"][0].items()
    article = news_client.get(f"/api/articles/{PROBE}").get_json()
    assert article["title"] == hit["title"] and "<img src=x" in article["body"]


def test_exports_keep_payloads_as_data(news_client) -> None:
    r = _fetch(news_client, "/api/search?q=Sicherheitslücke&format=csv")
    assert r.mimetype == "text/csv" and r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Content-Disposition"].startswith("attachment")
    (row,) = csv.DictReader(io.StringIO(r.get_data(as_text=True)))
    assert row["title"].startswith("<script>alert('titel')</script>")  # plain text in a file
    assert row["url"] == "javascript:alert(1)"  # as data; no page links it
    r = _fetch(news_client, "/?q=Sicherheitslücke&format=jsonl")
    assert r.mimetype == "application/x-ndjson" and b"<" not in r.data
    assert r.headers["Content-Disposition"].startswith("attachment")
    (line,) = r.get_data(as_text=True).splitlines()
    assert json.loads(line)["title"] == row["title"]
    feed = news_client.get("/feed?q=Sicherheitslücke")
    assert b"<script" not in feed.data and b"<b>" not in feed.data
    ET.fromstring(feed.data)


# -- payloads in the URL ------------------------------------------------------------

ATTRIBUTE_PAYLOADS = [
    '" onmouseover="alert(1)',
    "' onmouseover='alert(1)",
    '"><script>alert(1)</script>',
    "</title><script>alert(1)</script>",
    '" autofocus onfocus="alert(1)',
    "javascript:alert(1)",
    "]]><x>",
    "&amp;&lt;&#0;",
]


@pytest.mark.parametrize("payload", ATTRIBUTE_PAYLOADS)
def test_query_payloads_are_escaped_in_attributes(news_client, payload: str) -> None:
    for params in ({"q": payload}, {"q": "Hafen", "source": payload}, {"q": f"Hafen {payload}"}):
        r = news_client.get("/", query_string=params)
        assert r.status_code == 200
        page = _assert_inert(r.get_data(as_text=True))
        (box,) = [a for t, a in page.tags if t == "input" and a.get("name") == "q"]
        assert box["value"] == params["q"].strip()
        for tag, attrs in page.tags:
            assert "onmouseover" not in attrs and "onfocus" not in attrs, (tag, attrs)
    r = news_client.get(f"/articles/{ARTICLE}", query_string={"q": payload})
    _assert_inert(r.get_data(as_text=True))
    r = news_client.get("/articles/" + payload.replace("/", "%2f"))
    assert r.status_code == 404
    _assert_inert(r.get_data(as_text=True))
    feed = news_client.get("/feed", query_string={"q": payload})
    root = ET.fromstring(feed.data)
    assert root.find("{http://www.w3.org/2005/Atom}title").text.endswith(payload.strip())
    api = news_client.get("/api/search", query_string={"q": payload})
    assert b"<" not in api.data and api.get_json()["query"] == payload.strip()


# -- numbers ----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1_0", "١", "１", "1e1", "0x10", "1.0", "9" * 5000, "--1"])
def test_whole_numbers_are_ascii_digits(news_client, value: str) -> None:
    for name in ("page", "size"):
        r = news_client.get("/api/search", query_string={"q": "Hafen", name: value})
        _assert_error_shape(r, 400)
    # Exactly as the API description says: no sign, spaces or leading zeros.
    for odd in ("page=+1", "size=%205%20", "page=01"):
        _assert_error_shape(news_client.get(f"/api/search?q=Hafen&{odd}"), 400)


@pytest.mark.parametrize(
    "q", ["Hafen%01", "Hafen%00Senat", "%ef%bf%be", "Hafen%1b[31m", "Hafen%c2%85x"]
)
def test_feed_stays_well_formed_with_control_characters(news_client, q: str) -> None:
    r = news_client.get(f"/feed?q={q}")
    assert r.status_code == 200
    title = ET.fromstring(r.data).find("{http://www.w3.org/2005/Atom}title").text
    assert title.startswith("Nachrichtenarchiv: ")
