"""Generated hostile requests against the real app over a real index: never a 500.

Every answer is 200 or a clear 4xx in the one error shape ({"ok": false, "error",
"status"} under /api/, an HTML error page elsewhere), with the security headers, and a
page, feed or JSON answer never carries markup from the request.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile import _assert_inert

from web import create_app

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

OPERATORS = [
    "AND", "OR", "NOT", "UND", "ODER", "NICHT", "und", "&&", "||", "!",
    '"', "'", "*", "?", "(", ")", "[", "]", "{", "}", "~", "~2", "~-1", "~99999999999",
    "-", "+", "^", "^9", ":", "\\", "/", "..", "2020..2021",
    "titel:", "title:", "bildtext:", "quelle:", "sprache:", "kategorie:", "datum:",
    "datum:2020", "datum:0000-00-00", "datum:9999..", "quelle:weserbote", "-quelle:",
]  # fmt: skip
WORDS = ["Hafen", "Bremerhaven", "Köln", "Flüchtlinge", "Straße", "ß", "ÄÖÜ", "a", "x1", "İ"]
PAYLOADS = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)",
    "<b>Netz</b>",
    "]]>",
    "&amp;",
    "javascript:alert(1)",
]
CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\u200b\u202e\ufeff\ufffe\uffff"

token = st.one_of(
    st.sampled_from(OPERATORS),
    st.sampled_from(WORDS),
    st.sampled_from(PAYLOADS),
    st.text(alphabet=CONTROL, min_size=1, max_size=3),
    st.text(max_size=8),
)
query = st.one_of(
    st.just(""),
    st.lists(token, max_size=12).flatmap(
        lambda ts: st.sampled_from(["", " ", "  ", "\t"]).map(lambda sep: sep.join(ts))
    ),
    st.text(max_size=60),
    # Long ones: up to the limit (1,000) they are searched, past it refused.
    st.tuples(st.sampled_from([*OPERATORS, *WORDS, "a "]), st.integers(990, 10_000)).map(
        lambda t: (t[0] * (t[1] // max(1, len(t[0])) + 1))[: t[1]]
    ),
)
number = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.integers(0, 200).map(str),
    st.sampled_from(["", " ", "0", "-0", "1e9", "NaN", "inf", "1.5", "٣", "１", "0x1", "1_0"]),
    st.text(max_size=6),
)
raw_bytes = st.binary(max_size=12).map(lambda b: "".join(f"%{x:02x}" for x in b))
value = st.one_of(
    number,
    st.sampled_from(["relevance", "newest", "oldest", "facets", "timeline", "facets,timeline"]),
    st.sampled_from(["json", "atom", "csv", "jsonl", "html", "xml", "1", "0", "true"]),
    st.sampled_from(["2020", "2020-02", "2020-02-30", "0000", "9999-12-31", "-1", "2020-13"]),
    st.sampled_from(PAYLOADS),
    st.text(max_size=20),
)
SEARCH_NAMES = [
    "q", "page", "size", "cursor", "sort", "from", "to", "source", "lang", "category",
    "extractor", "flag", "extra", "explain", "collapse", "format",
]  # fmt: skip
UNKNOWN_NAMES = ["foo", "q[]", "Q", "PAGE", "", "__proto__", "callback", "debug", "%ff"]
params = st.dictionaries(st.sampled_from(SEARCH_NAMES + UNKNOWN_NAMES), value, max_size=6).map(
    lambda d: {k: v for k, v in d.items() if k != "q"}
)
SEARCH_ROUTES = ["/", "/api/search", "/feed"]
HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")


@pytest.fixture(scope="module")
def hostile_client(news_index: Path):
    """One app over the news index for all the examples of this module."""
    return create_app({"TESTING": True, "INDEX_DIR": str(news_index)}).test_client()


def _fetch(client, url: str, **kwargs):
    r = client.get(url, **kwargs)
    r.get_data()
    r.close()
    return r


def _check(r, allowed: set[int]) -> None:
    """Assert a known status, the one error shape, the headers and no markup let through."""
    path = r.request.path
    assert r.status_code in allowed, (r.request.url[:300], r.status_code, r.data[:300])
    for name in HEADERS:
        assert name in r.headers, (path, name)
    api = path.startswith("/api/")
    if r.status_code >= 400:
        if api:
            data = r.get_json()
            assert data == {"ok": False, "error": data["error"], "status": r.status_code}
            assert isinstance(data["error"], str) and data["error"]
        else:
            assert r.mimetype == "text/html"
            html = r.get_data(as_text=True)
            assert f"Fehler {r.status_code}" in html
            _assert_inert(html)
        return
    if r.mimetype == "application/json":
        assert b"<" not in r.data and b">" not in r.data
        assert json.loads(r.data)["ok"] is True
    elif r.mimetype == "application/atom+xml":
        assert b"<script" not in r.data
        ET.fromstring(r.data)  # well-formed, whatever the query
    elif r.mimetype == "application/x-ndjson":
        for line in r.get_data(as_text=True).splitlines():
            json.loads(line)
    elif r.mimetype == "text/html":
        _assert_inert(r.get_data(as_text=True))
    else:
        assert r.mimetype == "text/csv", r.mimetype


@SETTINGS
@given(q=query, extra=params, route=st.sampled_from(SEARCH_ROUTES))
def test_generated_searches_never_fail(hostile_client, q: str, extra: dict, route: str) -> None:
    r = _fetch(hostile_client, route, query_string={"q": q, **extra})
    _check(r, {200, 400})
    if not extra and len(q) <= 1000:
        assert r.status_code == 200  # any query text alone is a search, never an error


@SETTINGS
@given(
    pairs=st.lists(
        st.tuples(st.sampled_from(SEARCH_NAMES + UNKNOWN_NAMES + ["text"]), raw_bytes),
        max_size=5,
    ),
    route=st.sampled_from(
        [*SEARCH_ROUTES, "/api/complete", "/api/analyze", "/articles/x", "/api/articles/x"]
    ),
)
def test_invalid_utf8_in_the_url_never_fails(hostile_client, pairs: list, route: str) -> None:
    raw = "&".join(f"{name}={value}" for name, value in pairs)
    r = _fetch(hostile_client, f"{route}?{raw}")
    _check(r, {200, 400, 404} if "articles" in route else {200, 400})


@SETTINGS
@given(
    article_id=st.one_of(
        st.text(min_size=1, max_size=80).map(lambda t: quote(t, safe="/")),
        raw_bytes.filter(bool),
        st.sampled_from(["weserbote/2023-02-14_script-probe", "weserbote/2022-05-10_hafen-ausbau"]),
        st.lists(st.sampled_from(["..", "%2e%2e", ".", "", "etc", "passwd", "%00", "%2f"]))
        .map("/".join)
        .filter(bool),
    ),
    q=query,
    api=st.booleans(),
)
def test_generated_article_ids_are_found_or_404(
    hostile_client,
    article_id: str,
    q: str,
    api: bool,
) -> None:
    prefix = "/api/articles/" if api else "/articles/"
    r = _fetch(hostile_client, prefix + article_id, query_string={"q": q})
    # A query past the limit is refused, where the path leads to an article at all.
    _check(r, {200, 404} if len(q) <= 1000 else {400, 404})


@SETTINGS
@given(text=query, lang=st.one_of(st.sampled_from(["de", "en", "xx", ""]), value), extra=params)
def test_complete_and_analyze_never_fail(hostile_client, text: str, lang: str, extra: dict) -> None:
    r = _fetch(hostile_client, "/api/complete", query_string={**extra, "q": text})
    _check(r, {200} if len(text) <= 1000 else {400})
    r = _fetch(hostile_client, "/api/analyze", query_string={**extra, "text": text, "lang": lang})
    _check(r, {200, 400})
    if lang in ("de", "en", "xx") and len(text) <= 10_000:
        assert r.status_code == 200


@SETTINGS
@given(name=st.sampled_from(SEARCH_NAMES), values=st.lists(value, min_size=2, max_size=30))
def test_repeated_parameters_never_fail(hostile_client, name: str, values: list) -> None:
    r = _fetch(hostile_client, "/api/search", query_string=[(name, v) for v in values])
    _check(r, {200, 400})
