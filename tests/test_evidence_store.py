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
