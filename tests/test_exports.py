"""Feeds and downloads: Atom for a search, CSV and JSON lines streamed and bounded."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("url", ["/feed?q=Flüchtlinge", "/?q=Flüchtlinge&format=atom"])
def test_atom_feed_newest_first(news_client, url: str) -> None:
    r = news_client.get(url)
    assert r.status_code == 200 and r.mimetype == "application/atom+xml"
    feed = ET.fromstring(r.data)
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    link = entries[0].find(f"{ATOM}link").get("href")
    assert "/articles/" in link
    assert "Flüchtlinge" in feed.find(f"{ATOM}title").text


def test_atom_feed_escapes_payloads(news_client) -> None:
    r = news_client.get("/feed?q=Sicherheitslücke")
    feed = ET.fromstring(r.data)  # well-formed despite <script> in title and body
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text.startswith("<script>")  # as text, not markup
    assert b"<script>" not in r.data
    assert entry.find(f"{ATOM}link[@rel='related']") is None  # javascript: URL left out


def test_csv_export(news_client) -> None:
    r = news_client.get("/api/search?q=Flüchtlinge&format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    total = news_client.get("/api/search?q=Flüchtlinge").get_json()["total"]
    assert len(rows) == total
    assert list(rows[0]) == ["date", "source", "title", "display_title", "url", "snippet", "id"]
    assert "<mark>" not in rows[0]["snippet"] and rows[0]["snippet"]


def test_jsonl_export_is_bounded(news_client, news_index) -> None:
    from web import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": str(news_index), "MAX_EXPORT": 3})
    r = app.test_client().get("/?source=rheinblick&format=jsonl")
    lines = r.get_data(as_text=True).splitlines()
    assert len(lines) == 3
    assert set(json.loads(lines[0])) == {
        "date", "source", "title", "display_title", "url", "snippet", "id"
    }  # fmt: skip


def test_csv_cells_cannot_be_formulas(news_client) -> None:
    from web.exports import _csv_line

    assert _csv_line(["=HYPERLINK(1)", "ok", "-5"]) == "'=HYPERLINK(1),ok,'-5\r\n"
