"""The web app: the search page, the article page and their JSON twins, errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from generated import index_in_runs
from indexes import corrupt, segment_files

from web import create_app

WAFFEN = "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea"
HIT_KEYS = [
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
    "also_in",
    "group",
    "group_size",
]


def test_search_api_shape(client) -> None:
    r = client.get("/api/search", query_string={"q": "Waffenlieferungen", "size": 2})
    assert r.status_code == 200
    data = r.get_json()
    assert set(data) >= {"query", "total", "page", "size", "took_ms", "hits"}
    assert data["query"] == "Waffenlieferungen" and data["page"] == 1 and data["size"] == 2
    assert data["total"] == 3 and len(data["hits"]) == 2
    hit = data["hits"][0]
    assert list(hit) == HIT_KEYS
    hit = next(h for h in data["hits"] if h["id"] == WAFFEN)
    assert hit["date"] == "2023-11-20"
    assert hit["source"] == "nordkurier-digital" and hit["lang"] == "de"
    assert "<mark>" in hit["snippet"]


def test_article_api(client) -> None:
    data = client.get(f"/api/articles/{WAFFEN}").get_json()
    assert list(data)[:9] == [
        "id", "title", "display_title", "caption", "body", "date", "source", "url", "lang"
    ]  # fmt: skip
    assert {"similar", "previous", "next", "also_in", "took_ms"} <= set(data)
    assert data["id"] == WAFFEN
    assert "Read more" not in data["body"] and "OTHER NEWS" not in data["body"]
    assert data["title"].startswith("Nordkoreas Waffenlieferungen")
    cleaning = data["cleaning"]
    assert cleaning["reasons"]["teaser"] >= 2 and "footer-heading" in cleaning["reasons"]
    assert cleaning["dropped"] == sum(cleaning["reasons"].values())
    assert cleaning["summary"] == (
        f"{cleaning['dropped']} Zeilen entfernt: Teaser anderer Artikel, Fußzeile"
        + (", wiederkehrende Zeile der Quelle" if "repeated" in cleaning["reasons"] else "")
    )


def test_article_page_says_what_cleaning_dropped(client) -> None:
    summary = client.get(f"/api/articles/{WAFFEN}").get_json()["cleaning"]["summary"]
    html = client.get(f"/articles/{WAFFEN}").get_data(as_text=True)
    assert '<p class="cleaning"' in html and summary in html


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/search?q=x&size=0", 400),
        ("/api/search?q=x&size=abc", 400),
        ("/api/search?q=x&page=-1", 400),
        ("/api/search?q=x&page=99999999999999999999", 400),
        ("/api/search?q=" + "a" * 1001, 400),
        ("/api/articles/no-such-id", 404),
        ("/api/articles/../../etc/passwd", 404),
        ("/api/nothing-here", 404),
    ],
)
def test_one_error_shape(client, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    data = r.get_json()
    assert data["ok"] is False and data["status"] == status and data["error"]


def test_only_get(client) -> None:
    r = client.post("/api/search?q=x")
    assert r.status_code == 405 and r.get_json()["status"] == 405


@pytest.mark.parametrize(
    "q", ["", '"', "-", "OR", "(((", "\x00", "%ff", "<script>alert(1)</script>", "a" * 1000]
)
def test_hostile_queries_answer(client, q: str) -> None:
    page = client.get("/", query_string={"q": q})
    assert page.status_code == 200
    assert b"<script>alert" not in page.data
    api = client.get("/api/search", query_string={"q": q})
    assert api.status_code == 200 and api.mimetype == "application/json"
    assert api.get_json()["query"] == q.strip()


def test_search_page(client) -> None:
    r = client.get("/", query_string={"q": "Waffenlieferungen"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert 'lang="de"' in html
    # The start page focuses the box; a results page leaves the focus for reading.
    assert "autofocus" not in html and "autofocus" in client.get("/").get_data(as_text=True)
    assert "3 Treffer" in html
    assert f'href="/articles/{WAFFEN}?q=Waffenlieferungen"' in html
    assert "<mark>Waffenlieferungen</mark>" in html
    assert "Content-Security-Policy" in r.headers
    assert "http://" not in html.replace('href="http', "")  # no external resources


def test_search_page_pagination_without_javascript(client) -> None:
    html = client.get("/", query_string={"q": "Bundesregierung", "size": 2}).get_data(as_text=True)
    assert 'rel="next"' in html and "page=2" in html


def test_zero_results_page_helps(client) -> None:
    html = client.get("/", query_string={"q": "Käsemarkt"}).get_data(as_text=True)
    assert "0 Treffer" in html and "Anführungszeichen" in html


def test_article_page_marks_and_links(client) -> None:
    r = client.get(f"/articles/{WAFFEN}", query_string={"q": "Kim"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "<mark>Kim</mark>" in html
    assert client.get("/articles/nope").status_code == 404


def test_healthz_and_stats(client) -> None:
    health = client.get("/healthz").get_json()
    assert health["ok"] is True and health["status"] == 200
    assert isinstance(health["took_ms"], float) and 0 < health["took_ms"] < 60_000
    stats = client.get("/api/stats").get_json()
    assert stats["articles"] == 45 and stats["languages"] == {"de": 40, "en": 5}
    assert client.get("/stats").status_code == 200


def test_missing_index_is_a_clear_503(tmp_path) -> None:
    from web import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    r = client.get("/api/search?q=x")
    assert r.status_code == 503 and "No index" in r.get_json()["error"]


# -- archive features in the page and the API -------------------------------------------


def test_cursor_and_next_url_page_through_everything(news_client) -> None:
    url = "/api/search?q=Flüchtlinge&size=2"
    seen: list[str] = []
    total = None
    while url:
        data = news_client.get(url).get_json()
        total = data["total"] if total is None else total
        seen += [h["id"] for h in data["hits"]]
        url = data["next_url"]
        if url:
            assert "cursor=" in url and data["next_cursor"]
            url = url.replace("http://localhost", "")
    assert len(seen) == len(set(seen)) == total > 2


def test_json_facets_timeline_and_toggles(news_client) -> None:
    data = news_client.get("/api/search?q=Flüchtlinge&extra=facets,timeline").get_json()
    assert set(data["facets"]) == {"source", "lang", "category", "year", "extractor", "flag"}
    rhein = next(v for v in data["facets"]["source"] if v["value"] == "rheinblick")
    narrowed = news_client.get(rhein["toggle_url"]).get_json()
    assert narrowed["total"] == rhein["count"] and narrowed["filters"]["source"] == ["rheinblick"]
    again = next(v for v in narrowed["facets"]["source"] if v["value"] == "rheinblick")
    assert again["selected"] and "source=" not in again["toggle_url"]
    bucket = next(b for b in data["timeline"]["buckets"] if b["count"])
    zoomed = news_client.get(bucket["url"]).get_json()
    assert zoomed["total"] == bucket["count"]
    assert zoomed["filters"]["from"] == [bucket["from"]]
    assert data["facets"] is not None
    plain = news_client.get("/api/search?q=Flüchtlinge").get_json()
    assert plain["facets"] is None and plain["timeline"] is None


def test_page_has_facets_timeline_sort_and_feed(news_client) -> None:
    html = news_client.get("/?q=Flüchtlinge").get_data(as_text=True)
    assert 'class="facets"' in html and "source=rheinblick" in html
    assert 'class="bars"' in html and "from=" in html
    assert "sort=newest" in html and "sort=oldest" in html
    assert 'type="application/atom+xml"' in html and "format=csv" in html


@pytest.mark.parametrize(
    ("query", "lifted"),
    [("Wo trafen sich Kim Jong-un und Putin?", True), ("Kim Jong-un Putin", False)],
)
def test_page_and_api_say_what_lifted_a_question_s_hits(news_client, query, lifted) -> None:
    html = news_client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert ("Nach vorn gebracht durch:" in html) == lifted
    hits = news_client.get("/api/search", query_string={"q": query, "explain": "1"}).get_json()[
        "hits"
    ]
    assert any(h["ranked_by"] for h in hits) == lifted
    plain = news_client.get("/api/search", query_string={"q": query}).get_json()["hits"]
    assert all("ranked_by" not in h for h in plain)


def test_page_filters_show_as_removable_chips(news_client) -> None:
    html = news_client.get("/?q=Flüchtlinge&source=rheinblick&sort=newest").get_data(as_text=True)
    assert "Quelle: rheinblick ✕" in html
    assert 'name="source" value="rheinblick"' in html  # a new query keeps the filter
    assert 'aria-current="true">neueste zuerst' in html


def test_numbered_pages_keep_filters(news_client) -> None:
    html = news_client.get("/?q=Jahr&source=rheinblick&size=1").get_data(as_text=True)
    assert 'aria-current="page">1<' in html
    assert re.search(r'href="/\?q=Jahr&amp;source=rheinblick&amp;size=1&amp;page=2"', html)


def test_zero_results_offer_suggestion_and_relaxed_search(news_client) -> None:
    html = news_client.get("/?q=Flüchtlnge").get_data(as_text=True)
    assert "Meinten Sie" in html and "q=Fl%C3%BCchtlinge" in html
    html = news_client.get('/?q="Hafen Köln"&source=alpenpost').get_data(as_text=True)
    assert "0 Treffer" in html and "ohne Quelle „alpenpost“" in html
    data = news_client.get('/api/search?q="Hafen Köln"&source=alpenpost').get_json()
    assert data["total"] == 0 and data["relaxed"][0]["url"].startswith("http")


def test_notices_say_how_bad_syntax_was_taken(news_client) -> None:
    data = news_client.get('/api/search?q=(Hafen "Köln').get_json()
    assert data["notices"] and data["total"] > 0
    html = news_client.get('/?q=(Hafen "Köln').get_data(as_text=True)
    assert "Klammer" in html


@pytest.mark.parametrize(
    ("q", "shown"),
    [
        # The set, and the matches after it, marked with the words they lack.
        ("Kim Putin Raketen Bremerhaven", ["3 Treffer", "mit mindestens 3 von 4 Wörtern",
                                           "Nicht unter den gezählten Treffern",
                                           "<s>Bremerhaven</s>"]),
        # No article holds all words: the notice, and the words each lacks.
        ("Bremerhaven Pjöngjang Streik", ["Keine Artikel mit allen Wörtern", "Es fehlt:"]),
    ],
)  # fmt: skip
def test_the_page_says_what_counts_as_a_match(news_client, q: str, shown: list[str]) -> None:
    html = news_client.get(f"/?q={q}").get_data(as_text=True)
    assert [s for s in shown if s not in html] == []
    data = news_client.get(f"/api/search?q={q}").get_json()
    assert {"missing", "fallback"} <= set(data["hits"][0]) and "need" in data


def test_payloads_are_escaped_everywhere(news_client) -> None:
    html = news_client.get("/?q=Sicherheitslücke").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    assert "<b>Netz</b>" not in html and "&lt;b&gt;Netz&lt;/b&gt;" in html  # a facet value
    page = news_client.get("/articles/weserbote/2023-02-14_script-probe").get_data(as_text=True)
    assert "<script>alert" not in page and 'href="javascript:' not in page


def test_article_page_links_copies_similar_and_neighbours(news_client) -> None:
    html = news_client.get("/articles/weserbote/2022-05-10_hafen-ausbau").get_data(as_text=True)
    assert "Auch erschienen in" in html and "dpa-ticker/2022-05-10_hafen-bremerhaven" in html
    kim = news_client.get("/articles/nordkurier-digital/2023-09-13_kim-putin-gipfel")
    assert "Ähnliche Artikel" in kim.get_data(as_text=True)
    assert "weserbote/2021-09-03_deichschau" in html  # the article before, same source
    data = news_client.get("/api/articles/weserbote/2022-05-10_hafen-ausbau").get_json()
    assert data["previous"]["id"] == "weserbote/2021-09-03_deichschau"
    assert data["also_in"][0]["source"] == "dpa-ticker"


def test_analyze_and_complete_api(news_client) -> None:
    data = news_client.get("/api/analyze?text=Straße in München").get_json()
    assert [t["term"] for t in data["tokens"]] == ["strass", "munch"]
    assert data["tokens"][1]["surface"] == "München"
    assert news_client.get("/api/analyze?text=" + "a" * 10_001).status_code == 400
    done = news_client.get("/api/complete?q=Flücht").get_json()
    assert done["ok"] and done["terms"][0] == "Flüchtlinge"


@pytest.mark.parametrize(
    "url",
    ["/api/search?q=Hafen", "/api/articles/weserbote/2021-09-03_deichschau", "/api/stats"],
)
def test_every_answer_has_took_ms(news_client, url: str) -> None:
    data = news_client.get(url).get_json()
    assert data["ok"] is True
    assert isinstance(data["took_ms"], float) and 0 < data["took_ms"] < 60_000


def test_the_page_names_every_word_of_the_vocabularies() -> None:
    from search.explain import KINDS
    from search.facets import FACETS
    from search.filters import DIMENSIONS
    from search.request import SORTS
    from search.rerank import INPUTS
    from web.views import DIMENSION_NAMES, HOW, LIFTS, SORT_NAMES

    assert list(SORT_NAMES) == list(SORTS)
    assert set(HOW) == set(KINDS)
    assert set(LIFTS) == set(INPUTS)
    assert set(DIMENSION_NAMES) == {*FACETS, *DIMENSIONS, "date", "syntax"}


@pytest.fixture(scope="module")
def runs_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_in_runs(tmp_path_factory.mktemp("runs"), 2, 100)[0]


SEARCHES = ["Nachricht", "Bonn", "Kiel Stadtrat", "Feuerwehr", "Haushalt", '"neuen Haushalt"']


def test_bytes_gone_bad_inside_a_segment_are_named_not_a_500(
    runs_index: Path, tmp_path: Path
) -> None:
    statuses = []
    for step in range(1, 20):
        index_dir = tmp_path / f"index{step}"
        shutil.copytree(runs_index, index_dir)
        damaged = segment_files(index_dir)[0]
        # The size stays: opening the index cannot tell; what reads the bytes fails.
        corrupt(damaged, at=step / 20, length=1024)
        client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
        for q in SEARCHES:
            r = client.get("/api/search", query_string={"q": q, "extra": "facets,timeline"})
            statuses.append(r.status_code)
            if r.status_code != 200:
                error = r.get_json()["error"]
                assert r.status_code == 503 and damaged.name in error, error
                assert "check --repair" in error
    assert set(statuses) == {200, 503}
