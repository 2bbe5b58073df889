"""The cleaning evidence file: written a piece at a time, the text json.dumps gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from index import evidence_store
from index.evidence_store import Page, Store

VALUES: list[Any] = [
    {},
    [],
    {"a": []},
    {"lines": {"quelle": [[1, 2], [3, [4, 5]]], "andere": []}, "pages": [["p", "ö", "", ""]]},
    list(range(25)),
    {str(i): [i, "ü"] for i in range(25)},
    {"suspects": {str(i): [i] for i in range(25)}, "articles": [[str(i), "ß"] for i in range(7)]},
    {"a": {"b": {"c": list(range(12))}}},
]


@pytest.mark.parametrize("piece", [1, 3, 10, 10_000])
@pytest.mark.parametrize("value", VALUES)
def test_the_file_is_written_as_json_dumps_writes_it(
    monkeypatch: pytest.MonkeyPatch, value: Any, piece: int
) -> None:
    monkeypatch.setattr(evidence_store, "PIECE", piece)
    parts: list[str] = []
    evidence_store.write_json(value, parts.append)
    assert "".join(parts) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_a_store_read_back_is_the_store_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_store, "PIECE", 2)
    store = Store()
    for i in range(5):
        store.gatherer.add_lines("quelle", [f"Zeile {i}", "Teilen", "Drucken"], f"seite-{i}")
        body = "Ein Text " * 10 + f"\nEin zweiter Absatz, der als Absatz Nummer {i} weitergeht."
        store.gatherer.add_article(f"artikel-{i}", f"Titel {i}", body)
        store.pages[f"seite-{i}"] = Page(f"/archiv/{i}.txt", "quelle", "2024-05-0{i + 1}")
        store.suspects[f"seite-{i}"] = [i, -i]
    evidence_store.save(tmp_path, store)
    again = evidence_store.load(tmp_path)
    assert again.gatherer.lines == store.gatherer.lines
    assert again.gatherer.articles == store.gatherer.articles
    assert again.gatherer.inner == store.gatherer.inner and store.gatherer.inner
    assert again.pages == store.pages and again.suspects == store.suspects
    assert again.evidence() == store.evidence()


BODY = "Ein Text, der als Absatz lang genug ist, um seine ersten acht Wörter zu zählen."


@pytest.mark.parametrize(
    ("articles", "extra", "records"),
    [
        # Each row says whether its article is a record.
        ([["r1", "Titel", 1, 2, 1], ["p1", "Seite", 3, 4, 0]], {}, {"r1": True, "p1": False}),
        # Files from before the flag listed the records' ids apart.
        (
            [["r1", "Titel", 1, 2], ["p1", "Seite", 3, 4]],
            {"records": ["r1"]},
            {"r1": True, "p1": False},
        ),
        # Files from before records were told apart: none is.
        ([["r1", "Titel", 1, 2]], {}, {"r1": False}),
    ],
)
def test_the_record_flag_reads_from_every_format(
    tmp_path: Path, articles: list[list[Any]], extra: dict[str, Any], records: dict[str, bool]
) -> None:
    data = {"cleaner": 25, "lines": {}, "bodies": {}, "articles": articles, "page_bodies": []}
    data |= {"pages": [], "suspects": {}, **extra}
    (tmp_path / evidence_store.EVIDENCE_FILE).write_text(json.dumps(data), encoding="utf-8")
    kept = evidence_store.load(tmp_path).gatherer.articles
    assert {a: row[3] for a, row in kept.items()} == records
    evidence_store.save(tmp_path, evidence_store.load(tmp_path))
    saved = json.loads((tmp_path / evidence_store.EVIDENCE_FILE).read_text(encoding="utf-8"))
    assert "records" not in saved
    assert {row[0]: row[4] for row in saved["articles"]} == {a: int(r) for a, r in records.items()}


@pytest.mark.parametrize(
    ("added", "records"),
    [
        # A record with a body to open: the cleaner may name it as another story's start.
        ([("r1", "Titel", BODY, True)], {"r1"}),
        # A headline alone opens nothing: the cleaner is never asked about it.
        ([("r1", "Titel", "", True)], set()),
        # A run's page cleaned is no record, even under a record's id added before.
        ([("r1", "Titel", BODY, True), ("r1", "Titel", BODY, False)], set()),
        ([("p1", "Seite", BODY, False), ("r1", "Titel", BODY, True)], {"r1"}),
    ],
)
def test_the_cleaner_knows_the_records_among_the_openings(
    tmp_path: Path, added: list[tuple[str, str, str, bool]], records: set[str]
) -> None:
    store = Store()
    for article_id, title, body, record in added:
        store.gatherer.add_article(article_id, title, body, record)
    assert store.evidence().records == records
    evidence_store.save(tmp_path, store)
    assert evidence_store.load(tmp_path).evidence().records == records
