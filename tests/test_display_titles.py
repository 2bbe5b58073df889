"""Untitled articles are shown by the start of their text, marked as such, in every view."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from index.build import index_paths
from web import create_app
from web.cli import main

BODY = (
    "Die Verkehrsbetriebe stellen ab Montag zwölf neue Straßenbahnen in Dienst. "
    "Sie fahren zunächst auf der Linie 4."
)
SHOWN = "Die Verkehrsbetriebe stellen ab Montag zwölf neue Straßenbahnen in Dienst."
ARTICLES = [
    {"id": "ohne-titel-1", "date": "2024-03-01", "source": "stadtblatt", "body": BODY},
    {
        "id": "ohne-titel-2",
        "date": "2024-03-02",
        "source": "stadtblatt",
        "body": "<script>alert(1)</script> Straßenbahnen im Depot. Mehr dazu morgen.",
    },
    {
        "id": "mit-titel",
        "date": "2024-03-03",
        "source": "stadtblatt",
        "title": "Neue Straßenbahnen rollen",
        "body": "Zwölf neue Straßenbahnen sind da. " * 3,
    },
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("titles")
    archive = folder / "archive.jsonl"
    archive.write_text("\n".join(json.dumps(a) for a in ARTICLES), encoding="utf-8")
    index_paths(folder / "index", [archive])
    return folder / "index"


@pytest.fixture()
def client(index: Path):
    return create_app({"TESTING": True, "INDEX_DIR": str(index)}).test_client()


def test_json_keeps_the_title_empty_and_adds_the_display_title(client) -> None:
    hits = {h["id"]: h for h in client.get("/api/search?q=Straßenbahnen").get_json()["hits"]}
    assert hits["ohne-titel-1"]["title"] == ""
    assert hits["ohne-titel-1"]["display_title"] == SHOWN
    assert hits["mit-titel"]["display_title"] == hits["mit-titel"]["title"]
    article = client.get("/api/articles/ohne-titel-1").get_json()
    assert (article["title"], article["display_title"]) == ("", SHOWN)


def test_pages_mark_a_derived_title(client) -> None:
    page = client.get("/?q=Straßenbahnen").get_data(as_text=True)
    assert f'<span class="derived-label">Ohne Titel:</span> {SHOWN}' in page
    assert "ohne-titel-1</a>" not in page  # not the id
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    article = client.get("/articles/ohne-titel-1").get_data(as_text=True)
    assert f"<title>Ohne Titel: {SHOWN} – Nachrichtenarchiv</title>" in article
    assert f'<span class="derived-label">Ohne Titel:</span> {SHOWN}</span></h1>' in article


def test_feed_and_exports_carry_the_display_title(client) -> None:
    feed = client.get("/feed?q=Straßenbahnen").get_data(as_text=True)
    assert f"<title>Ohne Titel: {SHOWN}</title>" in feed
    rows = list(csv.DictReader(io.StringIO(client.get("/api/search?q=Linie&format=csv").text)))
    assert [(r["id"], r["title"], r["display_title"]) for r in rows] == [
        ("ohne-titel-1", "", SHOWN)
    ]
    lines = client.get("/api/search?q=Linie&format=jsonl").get_data(as_text=True).splitlines()
    assert json.loads(lines[0])["display_title"] == SHOWN


def test_terminal_shows_the_display_title(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--index", str(index), "Linie"]) == 0
    assert f"1. [ohne Titel] {SHOWN}" in capsys.readouterr().out
